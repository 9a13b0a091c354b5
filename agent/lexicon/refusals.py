"""What takes a commitment back: refusal, deferral to the responsible team, a request to
the customer, a condition, the customer's own plans, a receipt that is not an acceptance."""

from __future__ import annotations

from agent.lexicon.nouns import words

REFUSE_OR_DEFER = words(
    r"""
    can't cannot can\s+not unable not\s+able not\s+in\s+a\s+position not\s+authori[sz]ed
    not\s+something outside\s+(?:what|my) beyond\s+(?:what|my)
    only\s+(?:our|the|your)\s+\w+(?:\s+\w+)?\s+can neither does(?:n't|\s+not)\s+mean
    not\s+(?:an?\s+)?acceptance not\s+for\s+me up\s+to\s+(?:our|the)
    pass(?:ed|ing)?\s+(?:\w+\s+){0,3}(?:on|to|along) forward(?:ed|ing)? shared\s+\w+\s+with
    (?:will|'ll|shall)\s+(?:\w+\s+)?(?:get|come)\s+back get\s+back\s+to come\s+back\s+to
    follow(?:s|ing)?\s+up
    (?:will|'ll)\s+(?:\w+\s+)?(?:reply|respond|answer|review|look|check|contact|discuss|clarify
    |handle|assess|consider|decide) reviewing looking\s+(?:at|into) checking be\s+in\s+touch
    get\s+in\s+touch reach\s+out is\s+(?:now\s+)?with sits\s+with in\s+the\s+hands\s+of
    for\s+(?:our|the)\s+\w+\s+(?:team|desk)\s+to
    (?:deal\s+desk|legal|finance|contracts?\s+(?:team|manager)|order\s+team|colleague)\s+(?:will
    |is|are) (?:kann|konnen|darf|durfen)\s+(?:\w+\s+){0,5}nichts?
    nicht\s+(?:\w+\s+)?(?:zusagen|bestatigen|nennen|andern|zusichern|versprechen) weitergeleitet
    weitergegeben weiterleiten geben\s+(?:\w+\s+){0,3}weiter liegt\s+(?:\w+\s+){0,2}bei
    melde[nt]?\s+sich melden\s+uns kommt\s+(?:\w+\s+){0,5}(?:auf\s+sie\s+)?zu
    prufen\s+(?:wir|das|dies) pruft klart klaren au(?:ss|s)er[nt] zustandig kann\s+nur
    nur\s+unser\w* keine\s+annahme noch\s+keine ne\s+(?:peux|pouvons|suis|sommes)\s+pas
    pas\s+en\s+mesure pas\s+habilit\w* ne\s+rel[e]v\w*\s+pas transmis\w* transmet\w* reviendr\w*
    revenir\s+vers vous\s+contacter\w* vous\s+repondr\w* repondra examiner\w* examinera
    etudier\w* se\s+charger\w* ne\s+vaut\s+pas ne\s+\w+\s+ni
    no\s+(?:puedo|podemos|estoy|estamos|es\s+algo|me\s+corresponde|supone|implica|significa)
    traslad\w* remitid\w* reenviad\w* he\s+pasado hemos\s+pasado pasamos
    se\s+pondra\w*\s+en\s+contacto les?\s+contactar\w* les?\s+respondera\w* contestara\w*
    revisara\w* estudiara\w* valorar\w*
    non\s+(?:posso|possiamo|sono|siamo|spetta|implica|significa|e\s+in) inoltrat\w* girat\w*
    trasmess\w* (?:vi|la|le|ti)\s+contatter\w* rispondera\w* ricontatter\w* verificher\w*
    esaminer\w* valuter\w* si\s+occupera\w* (?:kan|kunnen|mag|mogen)\s+(?:\w+\s+){0,4}niets?
    bespre\w* doorgestuurd doorgezet doorgegeven neemt\s+contact nemen\s+contact
    komt?\w*\s+(?:\w+\s+){0,3}terug bekijkt bekijken beoordeelt beoordelen beantwoordt
    ligt\s+(?:nu\s+)?bij niet\s+bevoegd betekent\s+niet geen\s+acceptatie
    nao\s+(?:posso|podemos|estou|estamos|cabe|e\s+algo|significa|implica) encaminh\w* repass\w*
    transmiti\w* entrar(?:a|ao)\s+em\s+contato vai\s+responder respondera\w* retornara\w*
    analisara\w* avaliara\w* verificara\w* kan\s+(?:\w+\s+)?(?:inte|ikke)
    nie\s+(?:mozemy|moge|jestem) nemuzeme aterkommer vender\s+tilbage
    kontakt\w*\s+(?:er|dig|jer) skontaktuj\w* ozve\s+se odpowie\w* vidarebefordra\w* videresendt
    przekazal\w* predal\w*
    """
)
REQUEST = words(
    r"""
    please could\s+you can\s+you would\s+you will\s+you kindly let\s+us\s+know bitte
    konnten\s+sie wurden\s+sie konnen\s+sie merci\s+de pourriez-vous pouvez-vous veuillez
    por\s+favor podria\w* pueden? agradeceria\w* per\s+favore potrebbe\w* potreste puo potete
    cortesemente vi\s+preghiamo la\s+preghiamo graag kunt\s+u wilt\s+u zou\s+u kunnen\s+jullie
    poderia\w* pode podem agradecemos favor kan\s+ni kunne\s+i venligst vanligen prosimy prosze
    prosime
    """
)
CONDITIONAL = words(
    r"""
    once when after if until as\s+soon\s+as before sobald wenn nachdem falls bevor des\s+que
    lorsque quand si apres avant\s+que una\s+vez cuando en\s+cuanto hasta\s+que appena quando se
    dopo\s+che finche zodra wanneer nadat totdat assim\s+que depois\s+que ate\s+que caso
    """
)
# The customer's own plans: "your launch is planned for September" commits us to nothing.
CUSTOMER_PLAN = words(
    r"""
    (?:you|your|ihr\w*|sie|votre|vos|vous|su|sus|ustedes|vostr\w*|voi|uw|u|jullie|seu|sua|seus
    |suas|voces?)\s+(?:\w+\s+){0,4}(?:plan\w*|expect\w*|target\w*|aim\w*|intend\w*|geplant
    |planen|plant|envisag\w*|prevu\w*|prevoi\w*|previst\w*|planifi\w*|prevee|prevede|pianific\w*
    |gepland|plannen|planeja\w*|preve\w*|objetivo|rechnen) plan(?:t|en)\s+(?:ihr|sie)
    tiene\s+previst\w* planer\w* planuj\w* planuje\w*
    """
)
# "confirm receipt": acknowledging arrival, not the order.
RECEIPT = words(
    r"""
    receipt eingang\w* erhalt empfang reception recepcion recibo ricezione ricevimento ontvangst
    rececao recebimento recepcao
    """
)
