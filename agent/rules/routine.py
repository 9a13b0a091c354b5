"""Routine follow-up: the PO paperwork a customer sends or asks about."""

from __future__ import annotations

from agent.models import Reason
from agent.rules.text import Rule, rx

# Asking for a new or revised quote is a request to change or start a deal, not PO paperwork:
# "could you send a revised quote for 150 seats", "please quote us for 40 users".
QUOTE_REQUEST = rx(
    r"\b(?:revised|updated|new|amended|adjusted|corrected|fresh|another|modified|re-?issued)\s+"
    r"(?:quote|quotation|proposal|offer|pricing)\b|\bre-?quot(?:e|ing)\b",
    r"\b(?:send|provide|prepare|share|issue|get|need|request|want)\w*\s+(?:us\s+|me\s+)?(?:a|an)\s+"
    r"(?:quick\s+|formal\s+|separate\s+)?(?:quote|quotation|proposal)\b",
    r"\bquote\s+(?:us|me)\s+(?:for\s+)?(?:\d|a\b|an\b)",
    r"\b(?:neues|neuen|aktualisiertes|aktualisierten|überarbeitetes|überarbeiteten|angepasstes"
    r"|angepassten)\s+angebot|\bangebot\s+(?:anpassen|aktualisieren|überarbeiten)",
    r"\b(?:nouveau|nouvelle|autre)\s+(?:devis|offre|proposition)|\bdevis\s+(?:r[ée]vis[ée]"
    r"|mis\s+[àa]\s+jour|modifi[ée]|actualis[ée])",
)
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
        r"\brechnungs(?:adresse|empfänger\w*|anschrift|daten|informationen|angaben)"
        r"|\b(?:adresse|entit[ée]|coordonn[ée]es|informations|donn[ée]es)\s+de\s+facturation",
        r"\b(?:address|issue|make\s+out)\s+(?:your\s+|all\s+|the\s+)?invoices?\s+to"
        r"|\bfactures\s+[àa]\s+l'entit[ée]|\bfactures?\s+au\s+nom\s+de",
        # Where invoices should go: "please send all invoices for our subscription to ap@...".
        r"\b(?:send|e-?mail|submit|direct|route|forward)\s+(?:all\s+|your\s+|the\s+|any\s+"
        r"|future\s+|our\s+)*invoices?\b[^.?!\n]{0,50}?\bto\s+(?:our|the|this|a|\S+@)",
        r"\b(?:invoices?|invoicing)\s+(?:e-?mail|mailbox|inbox)\b|\b(?:accounts\s+payable|AP)"
        r"\s+(?:mailbox|inbox|e-?mail\s+address)\b",
        r"\brechnungen\s+(?:bitte\s+)?(?:an|per\s+e-?mail\s+an)\s+\S+@|\bfactures\s+[àa]\s+"
        r"(?:l'adresse\s+)?\S+@",
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
        # Supplier master data: the buyer sets us up in its ERP before ordering.
        r"\b(?:supplier|vendor)\s+(?:master(?:\s+data)?|information|details|profile|setup|set-up)"
        r"\s+(?:form|sheet|questionnaire)|\bnew\s+(?:supplier|vendor)\s+(?:form|questionnaire)",
        r"\blieferanten(?:erfassung|stamm\w*|aufnahme|fragebogen|formular)|\bkreditorenstamm\w*"
        r"|\bals\s+(?:neuen?\s+)?lieferanten?\b[^.?!\n]{0,40}?\b(?:erfassen|anlegen|registrieren"
        r"|aufnehmen)",
        r"\bfiche\s+fournisseur|\b(?:cr[ée]ation|ouverture)\s+(?:de\s+(?:votre\s+)?)?compte"
        r"\s+fournisseur",
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
    vetoes=QUOTE_REQUEST,
)
_PAPERWORK = r"(?:order|PO|purchase\s+order|paperwork|documents?|order\s+form|registration)\b"
_HANDLED = (
    r"(?:received|processed|booked|entered|logged|registered|accepted|arrived|(?:gone|come|went"
    r"|came)\s+through|in\s+your\s+system)\b"
)
STATUS = Rule(
    Reason.STATUS_INQUIRY,
    rx(
        r"\bstatus\s+(?:of|on|update)|\bany\s+update|\bwhere\s+(?:are\s+we|do\s+we\s+stand)"
        r"|\b(?:did|have)\s+you\s+receive|\bhas\s+the\s+(?:PO|order)\s+been\s+(?:received|processed)"
        r"|\bfollowing\s+up|\bfollow(?:ing)?-up\s+on|\bchecking\s+in|\bwanted\s+to\s+check",
        r"\bwhat\s+(?:else\s+)?(?:documents?\s+|information\s+|info\s+)?do\s+you\s+(?:still\s+)?need",
        # "Could you confirm whether our order has been processed?"
        rf"\b(?:confirm|let\s+(?:me|us)\s+know|check|tell\s+(?:me|us)|advise|verify|see)\s+(?:whether"
        rf"|if)\b[^.?!\n]{{0,40}}?\b{_PAPERWORK}[^.?!\n]{{0,40}}?\b{_HANDLED}",
        rf"\b(?:has|have|was|were|is)\s+(?:our|the|my|this)\s+{_PAPERWORK}\s+(?:\S+\s+){{0,3}}?"
        rf"(?:been\s+)?{_HANDLED}",
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
