"""Words of the trade in English, German, French, Spanish, Italian, Dutch and Portuguese
(with Nordic and West Slavic basics), over folded text: what the boundary's commitment
grammar and the classifier's detectors both read with.

``text`` folds and splits text; ``times`` finds time expressions; ``nouns`` holds what a
sentence can be about (order, price, payment, terms, fulfilment...); ``verbs`` what commits
or changes; ``refusals`` what takes a statement back (negation, deferral, a question).
For the boundary's constructions: ``fulfilment`` (states that deliver only when said of a
delivered thing), ``implied`` (commitments without a commitment verb: "nothing stands in the
way", "you can plan your launch"), ``concessions`` (price and payment given in other words)
and ``waivers`` (requirements dropped: "no need to sign", "at no cost").
"""
