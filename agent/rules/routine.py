"""Routine follow-up: the PO paperwork a customer sends or asks about."""

from __future__ import annotations

from agent.models import Reason
from agent.rules.text import Rule, rx

PO_SUBMITTED = Rule(
    Reason.PO_SUBMITTED,
    rx(
        r"\b(?:attached|enclosed|please\s+find|here\s+is|here's|sending|issued|released|raised"
        r"|created|approved|submitted|uploaded)\b[^.?!\n]{0,40}?\b(?:purchase\s+order|(?-i:P\.?O\.?)"
        r"|(?-i:PO))\b",
        r"\b(?:purchase\s+order|(?-i:PO))\b[^.?!\n]{0,50}?\b(?:attached|enclosed|issued|released"
        r"|raised|approved|created|submitted|uploaded)\b",
        r"\bthe\s+correct\s+one\s+is\s+attached",
        r"\b(?:PO|purchase\s+order)\s+(?:number|no\.?|#)?\s*(?:is|:)\s*[A-Z]*-?\d",
        r"\b(?:anbei|im\s+anhang)\b[^.?!\n]{0,30}?\bbestellung|\bbestellung\b[^.?!\n]{0,30}?"
        r"\b(?:anbei|im\s+anhang|beigefügt)",
        r"\bci-joint\w*\s+(?:notre\s+|le\s+)?bon\s+de\s+commande|\bbon\s+de\s+commande\s+"
        r"(?:ci-joint|en\s+pi[èe]ce\s+jointe)",
    ),
    negatable=False,
    # "a purchase order will be raised shortly" announces a PO, it does not send one.
    vetoes=rx(
        r"\b(?:will|shall|going\s+to|about\s+to|to)\s+(?:be\s+)?(?:raised|issued|released|created"
        r"|submitted|sent|attached|approved)|\bis\s+being\s+(?:raised|issued|created|approved)"
    ),
)
BILLING = Rule(
    Reason.BILLING_DETAILS,
    rx(
        r"\bbilling\s+(?:entity|address|details|contact)|\bbill\s+to\b|\binvoice\s+to\b"
        r"|\binvoicing\s+(?:entity|address|details)|\blegal\s+entity",
        r"\brechnungs(?:adresse|empfänger\w*|anschrift)|\b(?:adresse|entit[ée])\s+de\s+facturation",
        r"\b(?:address|issue|make\s+out)\s+(?:your\s+|all\s+|the\s+)?invoices?\s+to"
        r"|\bfactures\s+[àa]\s+l'entit[ée]|\bfactures?\s+au\s+nom\s+de",
    ),
    negatable=False,
)
TAX = Rule(
    Reason.TAX_DETAILS,
    rx(
        r"\b(?:VAT|tax\s+(?:id|number|exempt\w*|certificate|registration)|EIN|TIN)\b",
        r"\b(?:ust-?id\w*|umsatzsteuer\w*|steuernummer)|\b(?:num[ée]ro\s+de\s+)?TVA\b|\bSIRE[NT]\b",
    ),
    negatable=False,
)
REGISTRATION = Rule(
    Reason.SUPPLIER_REGISTRATION,
    rx(
        r"\b(?:supplier|vendor)\s+(?:registration|onboarding|set-?up)\s+(?:is|has|was|form|link"
        r"|invitation|request|portal)|\b(?:supplier|vendor)\s+(?:portal|form|number|id)\b"
        r"|\bregist(?:er|ration)\s+(?:as\s+a\s+(?:supplier|vendor)|in\s+(?:our|the)\s+\w*\s*portal)"
        r"|\b(?:complete|start|finish)\s+(?:the\s+|your\s+)?(?:supplier\s+|vendor\s+)?registration"
        r"|\bnew\s+vendor\s+(?:form|setup|set-up|request)|\bcoupa\b|\bariba\b|\bjaggaer\b",
        r"\blieferanten(?:registrierung|anlage|portal|nummer)|\bkreditorennummer",
        r"\b(?:r[ée]f[ée]rencement|inscription)\s+fournisseur|\bportail\s+fournisseur",
    ),
    negatable=False,
)
SIGNATURE = Rule(
    Reason.SIGNATURE_PACKET,
    rx(
        r"\bsignature\s+(?:packet|pages?)|\b(?:signed|countersigned|executed)\s+(?:order\s+form"
        r"|quote|contract|agreement|copy)|\border\s+form\b|\bdocusign\b|\be-?signature",
        r"\bunterschrieben\w*|\bunterzeichnet\w*|\bbestellformular",
        r"\bsign[ée]e?\b|\bbon\s+de\s+commande\s+sign[ée]",
    ),
    negatable=False,
)
DOCUMENTS = Rule(
    Reason.DOCUMENT_REQUEST,
    rx(
        r"\b(?:please|could\s+you|can\s+you|kindly|would\s+you)\b[^.?!\n]{0,40}?\b(?:send|provide"
        r"|share|forward)\b[^.?!\n]{0,40}?\b(?:W-?9|W-?8\w*|certificate|COI|insurance|bank\s+letter"
        r"|form|documents?|documentation|invoice|quote|order\s+form|details|copy|both|them|these"
        r"|those|the\s+following)",
        r"\b(?:W-?9|W-?8(?:BEN)?(?:-E)?|certificate\s+of\s+insurance|COI)\b",
        r"\b(?:need|needs|require|requires)\s+the\s+following\b",
        r"\bwelche\s+(?:unterlagen|dokumente|informationen)|\bbitte\s+senden\s+sie\s+uns",
        r"\bmerci\s+de\s+nous\s+(?:envoyer|transmettre|faire\s+parvenir)|\bquels\s+documents",
    ),
    negatable=False,
)
STATUS = Rule(
    Reason.STATUS_INQUIRY,
    rx(
        r"\bstatus\s+(?:of|on|update)|\bany\s+update|\bwhere\s+(?:are\s+we|do\s+we\s+stand)"
        r"|\b(?:did|have)\s+you\s+receive|\bhas\s+the\s+(?:PO|order)\s+been\s+(?:received|processed)"
        r"|\bfollowing\s+up|\bfollow(?:ing)?-up\s+on|\bchecking\s+in|\bwanted\s+to\s+check",
        r"\bwhat\s+(?:else\s+)?(?:documents?\s+|information\s+|info\s+)?do\s+you\s+(?:still\s+)?need",
        r"\b(?:is\s+there\s+)?anything\s+else\s+(?:you\s+need|needed|required)",
        r"\bwie\s+ist\s+der\s+stand|\bhaben\s+sie\s+[^.?!\n]{0,30}?erhalten|\bsachstand",
        r"\bo[uù]\s+en\s+(?:est|sommes)|\bavez-vous\s+(?:bien\s+)?re[çc]u",
    ),
    negatable=False,
)
ROUTINE_RULES: tuple[Rule, ...] = (
    PO_SUBMITTED,
    BILLING,
    TAX,
    REGISTRATION,
    SIGNATURE,
    DOCUMENTS,
    STATUS,
)

# Any of this makes a message about the order at all; deliberately narrow, so
# sales pitches about "procurement" or a lunch "order" stay unrelated.
PO_VOCABULARY = rx(
    r"\bpurchase\s+orders?|(?-i:\bP\.?O\.?s?\b)|(?-i:\bPO#)|\binvoic\w*|\bbilling\b|\bbill\s+to\b"
    r"|\bVAT\b|\btax\s+(?:id|number|exempt\w*)|(?-i:\bEIN\b)|\bW-?9\b|\b(?:supplier|vendor)\s+"
    r"(?:registration|onboarding|set-?up|portal|number|form)|\bsignature\s+packet|\border\s+form"
    r"|\bcountersign\w*|\bremit\w*|\bcoupa\b|\bariba\b|\bquot(?:e|ation)\s+(?:#|no|number|Q-)"
    r"|\bwhat\s+(?:else\s+)?do\s+you\s+(?:still\s+)?need",
    r"\bbestell(?:ung|nummer|-?nr)\w*|\brechnung\w*|\blieferanten\w+|\bust-?id|\bumsatzsteuer"
    r"|\bsteuernummer",
    r"\bbons?\s+de\s+commande|\bfactur\w*|\bTVA\b|\bfournisseur\w*",
)
