"""What a customer asks us to put in writing: "confirm in writing", "schriftlich bestätigen",
"zwart op wit", "por escrito". A routine reply commits to nothing, so such a request goes
to a person whatever it is about — unless it is only the receipt of a document.
"""

from __future__ import annotations

from agent.lexicon.nouns import words

IN_WRITING = words(
    r"""
    in\s+writing in\s+black\s+and\s+white on\s+paper
    written\s+(?:confirmation|commitment|assurance|guarantee|statement|planning|schedule
    |undertaking) schriftlich\w* (?:par|sur)\s+ecrit
    (?:confirmation|engagement|garantie|planning)\s+ecrit\w* por\s+escrito
    (?:confirmacion|compromiso|garantia)\s+(?:por\s+)?escrit[oa] per\s+iscritto
    (?:conferma|impegno|garanzia)\s+scritt[oa] nero\s+su\s+bianco schriftelijk\w*
    zwart\s+op\s+wit (?:confirmacao|compromisso|garantia)\s+(?:por\s+)?escrit[oa]
    preto\s+no\s+branco skriftlig\w* pisemn\w* na\s+pismie pisemne
    """
)
# A commitment verb: what we would be asked to do in that writing.
COMMIT = words(
    r"""
    confirm\w* guarantee\w* commit\w* assur\w* promis\w* undertak\w* state bestatig\w* zusag\w*
    zusicher\w* garantier\w* verpflicht\w* confirmer confirm\w* garanti\w* engag\w* confirmar
    garantiz\w* comprometer\w* confermar\w* conferm\w* garantir\w* impegn\w* bevestig\w*
    toezeg\w* garander\w* verzeker\w* beloof\w* confirmar garantir comprometer bekraeft\w*
    bekreft\w* bekrafta\w* potwierdz\w* potvrd\w* it das dat ca lo lo\s+quiero
    put\w*
    """
)
# Wanting or needing it: "I need it in writing", "Dat wil ik zwart op wit".
NEED = words(
    r"""
    need\w* want\w* require\w* must expect\w* brauch\w* benotig\w* will\s+ich wollen mochte\w*
    muss\w* erwarte\w* besoin faut exig\w* attend\w* veux voulons necesit\w* quiero queremos
    exig\w* esper\w* serve servono vogli\w* bisogno wil willen moet\w* nodig verwacht\w* preciso
    precisamos quero queremos exig\w* please bitte could can would merci\s+de pourriez podria\w*
    puede\w* potete potreste kunt kunnen poderia\w* podem
    """
)
# Only the receipt of a document: "please confirm receipt in writing".
RECEIPT_ONLY = words(
    r"""
    receipt receiv\w* empfang\w* erhalt\w* eingang\w* reception recu\w* recepcion recibid\w*
    ricevut\w* ricevimento ontvangst ontvang\w* rececao recebimento recebid\w* doruczeni\w*
    """
)
