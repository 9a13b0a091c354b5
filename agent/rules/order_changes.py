"""Exception rules about the order itself: timing, cancellation, scope, budget, splits, co-terms."""

from __future__ import annotations

from agent.models import Reason
from agent.rules.text import Rule, rx

_DONE = (
    r"(?:activated|delivered|shipped|provisioned|live|enabled|up\s+and\s+running|available"
    r"|set\s+up|installed|deployed|in\s+place|ready)"
)
_WHEN = (
    r"(?:by|before|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|until|latest|within"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|\d))"
)

# What follows "by"/"before" when it names a time: "by 1 April", "before the end of",
# "by Friday"; not "before we send the PO".
_DATEISH = (
    r"\s+(?:the\s+)?(?:\d|end\s+of|start\s+of|beginning\s+of|mid|early|late|next|this|tomorrow"
    r"|(?-i:[A-Z]))"
)

TIMING = Rule(
    Reason.TIMING_COMMITMENT_REQUEST,
    rx(
        r"\b(?:confirm|commit|guarantee|promise|assure|ensure|lock\s+in)\w*\b[^.?!\n]{0,60}?"
        r"\b(?:go[\s-]?live|golive|activation|activated|delivery\s+date|delivered|delivery\s+"
        + _WHEN
        + r"|ship(?:ment|ping)?\s+date|shipped|ship\s+(?:by|before|on)|provision\w*|start\s+date"
        r"|launch|available\s+by|access\s+by|cut-?over|kick-?off\s+date)",
        r"\b(?:go[\s-]?live|activation|delivery|shipment|launch|access|provisioning|rollout)\b"
        r"[^.?!\n]{0,30}?\b(?:by|before|no\s+later\s+than|on\s+or\s+before)\s+(?:the\s+)?"
        r"(?:\d|end\s+of|next|this|tomorrow|(?-i:[A-Z])\w+)",
        r"\b(?:need|needs|require|requires|must|have\s+to|has\s+to|want|expect|counting\s+on"
        r"|make\s+sure|ensure|be\s+sure)\b"
        r"[^.?!\n]{0,50}?\b" + _DONE + r"\b[^.?!\n]{0,30}?\b" + _WHEN + r"\b",
        # "Can you confirm the licences will be live by 1 April?"
        r"\b(?:confirm|commit|guarantee|promise|assure)\w*\b[^.?!\n]{0,60}?\b" + _DONE + r"\b"
        r"[^.?!\n]{0,20}?\b" + _WHEN + _DATEISH,
        r"\bwhen\s+(?:will|can|would|could|do|does|should|might)\b[^.?!\n]{0,50}?\b(?:"
        + _DONE
        + r"|go[\s-]?live|receive\s+(?:the\s+|our\s+)?(?:licen[cs]es|access|keys|credentials))",
        r"\b(?:expected|estimated|target|planned|firm|committed|guaranteed)\s+(?:go[\s-]?live"
        r"|activation|delivery|ship(?:ment|ping)?|start)\s+date",
        r"\b(?:bestätigen|zusagen|garantieren|zusichern|verbindlich)\w*\b[^?!\n]{0,60}?"
        r"\b(?:go[\s-]?live|liefertermin|lieferdatum|lieferung|aktivierung|aktiviert|freischaltung"
        r"|freigeschaltet|geliefert|bereitgestellt|bereitstellung|inbetriebnahme|starttermin)",
        r"\b(?:go[\s-]?live|liefertermin|aktivierung|freischaltung|lieferung|bereitstellung)\b"
        r"[^?!\n]{0,60}?\b(?:bestätigen|zusagen|garantieren|zusichern)",
        r"\b(?:aktiviert|freigeschaltet|geliefert|bereitgestellt|verfügbar)\b[^?!\n]{0,30}?"
        r"\b(?:bis|spätestens|vor\s+dem)\b",
        r"\b(?:bis|spätestens)\b[^?!\n]{0,40}?\b(?:aktiviert|freigeschaltet|geliefert|bereitgestellt"
        r"|live|verfügbar)",
        r"\bwann\b[^?!\n]{0,40}?\b(?:aktiviert|freigeschaltet|geliefert|verfügbar|bereitgestellt)",
        r"\b(?:confirmer|garantir|engager|assurer)\w*\b[^.?!\n]{0,60}?\b(?:mise\s+en\s+(?:service"
        r"|production|route)|activation|activ[ée]e?s?|livraison|livr[ée]e?s?|go[\s-]?live|d[ée]marrage"
        r"|disponibles?)",
        r"\b(?:activ[ée]e?s?|livr[ée]e?s?|disponibles?|mises?\s+en\s+service|op[ée]rationnel\w*)\b"
        r"[^.?!\n]{0,30}?(?:\bd'ici\b|\bavant\b|\bau\s+plus\s+tard\b|\bpour\s+le\b)",
        r"(?:\bd'ici\b|\bavant\s+le\b|\bau\s+plus\s+tard\s+le\b)[^.?!\n]{0,30}?\b(?:activ[ée]e?s?"
        r"|livr[ée]e?s?|mises?\s+en\s+service)",
        r"\bquand\b[^.?!\n]{0,40}?\b(?:activ[ée]e?s?|livr[ée]e?s?|disponibles?|mise\s+en\s+service)",
        r"\bdate\s+de\s+(?:livraison|mise\s+en\s+(?:service|production)|activation)",
    ),
)

CANCELLATION = Rule(
    Reason.CANCELLATION,
    rx(
        r"\bcancel\w*\s+(?:the\s+|our\s+|this\s+|my\s+|that\s+)?(?:entire\s+|whole\s+)?"
        r"(?:\w+\s+){0,2}?(?:order|PO|purchase(?:\s+order)?|subscription|contract|deal|agreement"
        r"|renewal|commitment)",
        r"\b(?:order|PO|purchase|subscription|contract|deal)\s+cancell?ation",
        r"\b(?:withdraw|rescind|retract|revoke|pull)\w*\s+(?:the\s+|our\s+|this\s+)?(?:order|PO"
        r"|purchase\s+order|commitment|signature)",
        r"\bno\s+longer\s+(?:moving|going)\s+forward|\b(?:not|won't\s+be)\s+(?:moving|going)\s+forward"
        r"\s+with",
        r"\b(?:decided|have\s+decided|chosen)\s+(?:not\s+to|to\s+not)\s+(?:proceed|move\s+forward"
        r"|go\s+ahead|purchase|buy)",
        r"\bback(?:ing)?\s+out\s+of",
        r"\b(?:may|might|need\s+to|want\s+to|have\s+to|going\s+to|plan\s+to|would\s+like\s+to)"
        r"\s+cancel\b",
        r"\bhold\s+off\s+on\s+(?:processing|booking|the\s+order|the\s+PO|our\s+order)"
        r"|\bput\s+(?:the\s+|our\s+|this\s+)?(?:order|PO|purchase|deal)\s+on\s+hold",
        r"\bstornier\w*",
        r"\b(?:bestellung|auftrag|vertrag)\w*\s+(?:\w+\s+){0,2}(?:zurückziehen|zurückzuziehen"
        r"|widerrufen|kündigen)",
        r"\bannul\w+\s+(?:la\s+|notre\s+|cette\s+|le\s+|ce\s+)?(?:commande|bon\s+de\s+commande|contrat"
        r"|abonnement)",
        r"\bannulation\s+(?:de\s+(?:la\s+|notre\s+)?|du\s+)?(?:commande|contrat|abonnement|bon)",
        r"\bne\s+(?:souhaitons|voulons|pouvons)\s+plus\s+(?:donner\s+suite|poursuivre|commander)",
    ),
    negatable=False,  # "we have decided not to proceed" carries its own negation
    sentence_vetoes=rx(
        r"\bduplicate|\bsent\s+(?:it\s+)?twice|\bin\s+error\b|\bby\s+mistake|\bwrong\s+PO"
        r"|\bincorrect|\berroneous|\bdoppelt|\bversehentlich|\bfalsche|\ben\s+double\b"
        r"|\bpar\s+erreur|\berron[ée]|\b(?:calendar|meeting|call)\b"
    ),
)

DESCOPE = Rule(
    Reason.DESCOPE,
    rx(
        r"\b(?:reduce|decrease|lower|cut|scale\s+(?:back|down)|downgrade|trim|go\s+down)\w*\s+"
        r"(?:\w+\s+){0,4}?(?:to|by)\s+\d+\s+(?:seats?|licen[cs]es?|users?|units?)",
        r"\b(?:reduce|decrease|lower|cut|scale\s+(?:back|down)|trim)\w*\s+(?:the\s+)?(?:number\s+of\s+"
        r"|quantity|seat\s+count|headcount|scope|order\s+quantity)",
        r"\b(?:drop|remove|exclude|take\s+out|leave\s+out|descope|de-scope)\w*\s+(?:the\s+)?"
        r"[\w\s-]{0,30}?(?:module|add-?on|product|feature|line\s+item|SKU|component|tier|package)",
        r"\b(?:only|just)\s+(?:need|want|require|order|buy|renew|keep|take|purchase|license"
        r"|go\s+(?:ahead\s+)?with|proceed\s+with|move\s+forward\s+with|sign\s+(?:up\s+)?for)\s+"
        r"\d+\s+(?:(?:out\s+)?of\s+(?:the\s+|our\s+)?\d+\s+)?(?:seats?|licen[cs]es?|users?)",
        r"\b(?:drop|remove|exclude|take\s+out|leave\s+out|descope|de-scope)\w*\s+the\s+"
        r"(?:[\w-]+\s+){0,3}?line(?:\s+item)?\b",
        r"\bfewer\s+(?:seats|licen[cs]es|users)|\bde-?scop\w*|\bdowngrade\s+(?:to|from)",
        r"\bremove\s+[\w\s-]{0,20}?from\s+the\s+order",
        r"\bauf\s+\d+\s+(?:lizenzen|nutzer|plätze)\s+(?:reduzieren|verringern|kürzen)",
        r"\b(?:reduzieren|verringern|kürzen)\s+(?:\w+\s+){0,3}(?:lizenzen|nutzer|menge|anzahl)",
        r"\b(?:modul|add-?on)\w*\s+(?:\w+\s+){0,2}(?:streichen|entfernen|herausnehmen)",
        r"\b(?:weniger|nur\s+noch)\s+\d*\s*(?:lizenzen|nutzer)",
        r"\b(?:r[ée]duire|diminuer|baisser)\s+(?:le\s+nombre\s+de|[àa]\s+\d+|la\s+quantit[ée])",
        r"\b(?:retirer|supprimer|enlever)\s+(?:le\s+|la\s+|les\s+)?(?:module|option)",
        r"\bseulement\s+\d+\s+(?:licences|utilisateurs|si[èe]ges)",
    ),
)

BUDGET = Rule(
    Reason.BUDGET_FREEZE,
    rx(
        r"\bbudget\s+(?:freeze|frozen|cuts?|hold|reduction|was\s+cut|has\s+been\s+(?:cut|frozen"
        r"|pulled|reallocated|withdrawn)|is\s+(?:frozen|on\s+hold)|no\s+longer\s+available"
        r"|(?:was|has\s+been)\s+not\s+approved|pulled|reallocated)",
        r"\b(?:freeze|frozen|freezing)\s+(?:on\s+|of\s+)?(?:all\s+)?(?:spend|spending|budgets?"
        r"|purchases|purchasing|procurement|new\s+(?:POs|purchases|orders|vendors))",
        r"\bspend(?:ing)?\s+freeze|\b(?:lost|losing)\s+(?:the\s+|our\s+)?budget",
        r"\b(?:pausing|paused|pause|freezing|halting|halted|suspending|suspended|stopping)\s+(?:all\s+)?"
        r"(?:new\s+)?(?:\w+\s+)?(?:purchases|purchasing|spend|spending|POs|orders|procurement)",
        r"\bfunding\s+(?:was\s+|has\s+been\s+)?(?:pulled|withdrawn|cut|frozen)",
        r"\b(?:on\s+hold|paused)\s+(?:due\s+to|because\s+of)\s+(?:budget|funding|spending)",
        r"\b(?:all|new)\s+(?:purchases|POs|spend|orders)\s+(?:are\s+)?(?:on\s+hold|paused|frozen)",
        r"\bbudget(?:stopp|sperre|kürzung)|\bbudget\s+(?:wurde\s+)?(?:eingefroren|gestrichen|gekürzt)",
        r"\bausgabenstopp|\binvestitionsstopp",
        r"\bgel\s+(?:des\s+)?(?:budgets?|d[ée]penses|achats)",
        r"\bbudget\s+(?:est\s+|a\s+[ée]t[ée]\s+)?(?:gel[ée]|bloqu[ée]|supprim[ée]|r[ée]duit)",
    ),
)

SPLIT = Rule(
    Reason.SPLIT_ORDER,
    rx(
        r"\bsplit\w*\s+(?:the\s+|this\s+|our\s+)?(?:order|PO|purchase|invoice|invoicing|billing"
        r"|payment|bill|costs?|charges?|licen[cs]es|seats|deal)\b",
        r"\bsplit\w*\s+(?:it\s+)?(?:across|between|into|over)\s+(?:two|three|multiple|\d+|several"
        r"|separate|our)",
        r"\b(?:two|2|three|3|multiple|separate|several)\s+(?:POs|purchase\s+orders|invoices|orders"
        r"|billing\s+entities|legal\s+entities|entities|cost\s+centers)\b",
        r"\b(?:part|half|portion|some)\s+(?:of\s+the\s+)?(?:order|invoice|seats|licen[cs]es)\s+"
        r"(?:to|under|on|billed|invoiced)\b",
        r"\bseparate\s+(?:PO|invoice)\s+for\b",
        r"\bsplit\s+(?:\d+\s*/\s*\d+|evenly|equally|50-50)|\bsplit\b[^.?!\n]{0,40}\bbetween\b",
        r"\bacross\s+(?:two|multiple|\d+|our|several)\s+(?:entities|subsidiaries|cost\s+centers"
        r"|legal\s+entities|business\s+units)",
        r"\b(?:aufteilen|aufsplitten|splitten|aufgeteilt)\b",
        r"\b(?:zwei|mehrere|getrennte|separate)\s+(?:bestellungen|rechnungen|bestellnummern"
        r"|gesellschaften)",
        r"\b(?:diviser|r[ée]partir|scinder)\s+(?:la\s+commande|la\s+facture|la\s+facturation)",
        r"\b(?:deux|plusieurs)\s+(?:bons\s+de\s+commande|factures|entit[ée]s)",
        r"\bfacturation\s+(?:s[ée]par[ée]e|r[ée]partie)",
    ),
)

COTERM = Rule(
    Reason.COTERM_REQUEST,
    rx(
        r"\bco-?term\w*|\bcoterminous",
        r"\balign\w*\s+[^.?!\n]{0,40}?(?:renewal|end\s+date|existing\s+(?:subscription|contract"
        r"|agreement)|expiration|anniversary)",
        r"\b(?:same|common|single)\s+(?:renewal|end|expiration)\s+date",
        r"\b(?:laufzeit|enddatum|vertragsende)\w*\s+(?:an|mit)\s+[^.?!\n]{0,40}?"
        r"(?:angleichen|anpassen|synchronisieren)",
        r"\bgleiche\w*\s+(?:enddatum|vertragsende|verlängerungsdatum)",
        r"\b(?:aligner|harmoniser)\s+[^.?!\n]{0,40}?(?:date\s+(?:de\s+fin|d'[ée]ch[ée]ance"
        r"|de\s+renouvellement)|abonnement\s+existant|contrat\s+existant)",
    ),
)

QUANTITY = Rule(
    Reason.PO_QUANTITY_MISMATCH,
    rx(
        r"\b\d+\s+(?:seats|licen[cs]es|users|units)\s+(?:instead\s+of|rather\s+than|not)\s+\d+",
        r"\b(?:instead\s+of|rather\s+than)\s+(?:the\s+)?(?:quoted\s+)?\d+\s+(?:seats|licen[cs]es"
        r"|users|units)",
        r"\b(?:quantity|qty|seat\s+count|number\s+of\s+(?:seats|licen[cs]es|users))\s+(?:on\s+the\s+PO"
        r"\s+)?(?:differs|is\s+different|doesn't\s+match|does\s+not\s+match|changed|mismatch)",
        r"\bPO\s+(?:is\s+|was\s+)?(?:only\s+)?for\s+\d+\s+(?:seats|licen[cs]es|users)\b[^.?!\n]{0,40}?"
        r"\b(?:but|while|whereas)\b",
        r"\b\d+\s+(?:lizenzen|nutzer)\s+statt\s+\d+|\bstatt\s+\d+\s+(?:lizenzen|nutzer)",
        r"\b(?:change|increase|bump|raise|adjust|update|modify)\w*\s+(?:the\s+)?(?:quantity|qty"
        r"|seat\s+count|number\s+of\s+(?:seats|licen[cs]es|users)|seats|licen[cs]es|users)\b"
        r"[^.?!\n]{0,20}?\bto\s+\d+",
        r"\badd\w*\s+(?:\d+\s+)?(?:more|additional|extra)\s+(?:seats|licen[cs]es|users)"
        r"|\badd\s+(?:the\s+|an?\s+)?[\w\s-]{0,20}?(?:add-?on|module)\b",
        r"\b\d+\s+(?:licences|utilisateurs|si[èe]ges)\s+au\s+lieu\s+de\s+\d+",
    ),
    negatable=False,
)

ORDER_RULES: tuple[Rule, ...] = (
    TIMING,
    CANCELLATION,
    DESCOPE,
    BUDGET,
    SPLIT,
    COTERM,
    QUANTITY,
)
