"""What takes a commitment back: refusal, deferral to the responsible team, a request to
the customer, a condition, the customer's own plans, a receipt that is not an acceptance."""

from __future__ import annotations

from agent.lexicon.nouns import words

REFUSE_OR_DEFER = words(
    r"""
    can't cannot can\s+not unable not\s+able not\s+in\s+a\s+position not\s+authori[sz]ed
    not\s+something \w+n't\s+something (?:not|\w+n't)\s+(?:a|my)\s+decision\s+(?:i|we)
    outside\s+(?:what|my) beyond\s+(?:what|my)
    only\s+(?:our|the|your)\s+\w+(?:\s+\w+)?\s+can neither does(?:n't|\s+not)\s+mean
    not\s+(?:an?\s+)?acceptance not\s+for\s+me
    up\s+to\s+(?:our|the)\s+(?:\w+\s+)?(?:team|desk|department|legal|finance|colleagues?)
    pass(?:ed|ing)?\s+(?:\w+\s+){0,3}(?:on|to|along)(?!\s+(?:our\s+)?(?:fulfil\w*|production
    |logistics|shipping|warehouse|delivery|billing|invoicing|accounts\s+receivable))(?!(?:\s+to)?\s+you\b)
    (?<!look\s)(?<!looking\s)(?<!move\s)(?<!moving\s)forward(?:ed|ing)? shared\s+\w+\s+with
    let\s+you\s+know keep\s+you\s+(?:posted|informed|updated) geben\s+ihnen\s+bescheid
    halten\s+sie\s+auf\s+dem\s+laufenden vous\s+tiendr\w*\s+inform\w* le[s]?\s+avisar\w*
    vi\s+far(?:emo|o)\s+sapere vi\s+terremo\s+aggiornat\w* laten\s+het\s+(?:u\s+)?weten
    houden\s+u\s+op\s+de\s+hoogte avisaremos informaremos
    (?:will|'ll|shall)\s+(?:\w+\s+)?(?:get|come)\s+back get\s+back\s+to come\s+back\s+to
    follow(?:s|ing)?\s+up
    (?:will|'ll)\s+(?:\w+\s+)?(?:reply|respond|answer|review|look|check|contact|discuss|clarify
    |assess|consider|decide) reviewing looking\s+(?:at|into) checking be\s+in\s+touch
    get\s+in\s+touch reach\s+out
    (?:is|are|sits?)\s+(?:now\s+)?with\s+(?:our|the|my)\s+(?:\w+\s+)?(?:team|desk|department
    |legal|finance|colleague|manager|lawyers?|counsel) in\s+the\s+hands\s+of en\s+manos\s+de
    in\s+den\s+handen in\s+handen\s+van nelle\s+mani\s+d\w* nas\s+maos\s+d\w*
    for\s+(?:our|the)\s+\w+\s+(?:team|desk)\s+to
    (?:deal\s+desk|legal|finance|contracts?\s+(?:team|manager)|order\s+(?:team|desk)|colleague
    |team|desk|department)\s+(?:will|is|are)\s+(?:\w+\s+)?(?:review\w*|look\w*|check\w*
    |contact\w*|repl\w*|respond\w*|answer\w*|come\s+back|get\s+back|be\s+in\s+touch|in\s+touch
    |follow\w*|assess\w*|decid\w*|examin\w*|consider\w*|discuss\w*|clarif\w*|confirm\w*|handl\w*
    |with\s+you) (?:kann|konnen|darf|durfen)\s+(?:\w+\s+){0,5}nichts?
    nicht\s+(?:\w+\s+)?(?:zusagen|bestatigen|nennen|andern|zusichern|versprechen) weitergeleitet
    weitergegeben weiterleiten geben\s+(?:\w+\s+){0,3}weiter(?<!sie\sweiter)(?<!ihnen\sweiter)
    liegt\s+(?:\w+\s+){0,2}bei melde[nt]?\s+sich melden\s+uns
    kommt\s+(?:\w+\s+){0,5}(?:auf\s+sie\s+)?zu prufen\s+(?:wir|das|dies) pruft klart klaren
    au(?:ss|s)er[nt] zustandig kann\s+nur nur\s+unser\w* keine\s+annahme
    noch\s+keine\s+(?:annahme|zusage|bestatigung|entscheidung|freigabe)
    ne\s+(?:peux|pouvons|suis|sommes)\s+pas pas\s+en\s+mesure pas\s+habilit\w*
    ne\s+rel[e]v\w*\s+pas transmis\w* transmet\w* reviendr\w* revenir\s+vers vous\s+contacter\w*
    vous\s+repondr\w* repondra examiner\w* examinera etudier\w*
    (?:se|s'en)\s+charger\w*\s+de\s+(?:votre|vos|la|cette|ce)\s+(?:question|demande|requete
    |dossier|point)\w* ne\s+vaut\s+pas ne\s+\w+\s+ni
    no\s+(?:puedo|podemos|estoy|estamos|es\s+algo|me\s+corresponde|supone|implica|significa)
    no\s+(?:lo|la|los|las|le|les|me|nos|se)\s+(?:puedo|podemos) no\s+es\s+(?:una\s+)?decision\s+que
    nao\s+e\s+(?:uma\s+)?(?:decisao|coisa)\s+que nao\s+(?:o|a|os|as|lhe)\s+(?:posso|podemos)
    non\s+(?:lo|la|li|le|ve|ce)\s+(?:posso|possiamo) non\s+e\s+una\s+decisione\s+che
    ne\s+(?:l[ea]|les|l')\s*(?:peux|pouvons)\s+pas keine\s+entscheidung,?\s+die\s+(?:ich|wir)
    geen\s+beslissing\s+die\s+(?:ik|wij|we)
    traslad\w* remitid\w* reenviad\w* he\s+pasado hemos\s+pasado pasamos
    se\s+pondra\w*\s+en\s+contacto les?\s+contactar\w* les?\s+respondera\w* contestara\w*
    revisara\w* estudiara\w* valorar\w*
    non\s+(?:posso|possiamo|sono|siamo|spetta|implica|significa|e\s+in) inoltrat\w* girat\w*
    trasmess\w* (?:vi|la|le|ti)\s+contatter\w* rispondera\w* ricontatter\w* verificher\w*
    esaminer\w* valuter\w*
    si\s+occupera\w*\s+(?:della|delle|del)\s+(?:vostr\w*\s+)?(?:richiest|domand|question
    |pratic)\w* (?:kan|kunnen|mag|mogen)\s+(?:\w+\s+){0,4}niets? bespre\w* doorgestuurd
    doorgezet doorgegeven neemt\s+contact nemen\s+contact nimmt\s+(?:\w+\s+){0,3}kontakt
    nehmen\s+(?:\w+\s+){0,3}kontakt komt?\w*\s+(?:\w+\s+){0,3}terug
    bekijkt bekijken beoordeelt beoordelen beantwoordt ligt\s+(?:nu\s+)?bij niet\s+bevoegd
    betekent\s+niet geen\s+acceptatie
    nao\s+(?:posso|podemos|estou|estamos|cabe|e\s+algo|significa|implica) encaminh\w* repass\w*
    transmiti\w* entrar(?:a|ao)\s+em\s+contato va[io]\s+entrar\s+em\s+contac?to vai\s+responder
    respondera\w* retornara\w*
    analisara\w* avaliara\w* verificara\w* kan\s+(?:\w+\s+)?(?:inte|ikke)
    nie\s+(?:mozemy|moge|jestem) nemuzeme aterkommer vender\s+tilbage
    kontakt\w*\s+(?:er|dig|jer) skontaktuj\w* ozve\s+se odpowie\w* vidarebefordra\w* videresendt
    confirm\w*\s+(?:\w+\s+)?(?:nuestr\w*|notre|nostr\w*|noss\w*|onze
    |unser\w*)\s+(?:\w+\s+)?(?:jefe|responsable|equipo|departamento|colega|chef|service|equipe
    |ufficio|responsabile|collega|afdeling|abteilung|kolleg\w*|gestor|equipa|team|desk
    |project\w*) przekazal\w* predal\w* kommer\s+tilbake tar\s+kontakt wrocimy ozveme\s+se
    nao\s+consegu\w* no\s+consegui\w* non\s+riusc\w* n'arriv\w* respond(?:eremos|emos)
    contest(?:aremos|amos) rispond(?:eremo|iamo) repondrons reviendrons volveremos torneremo
    ricontatteremo contactaremos contatteremo escribiremos scriveremo escreveremos
    laten\s+(?:\w+\s+)?(?:van\s+ons\s+horen|weten)(?!\s+dat) sich\s+(?:\S+\s+){1,8}?melden
    question\s+for\s+(?:our|the) frage\s+fur\s+unser\w* question\s+pour\s+notre
    pregunta\s+para\s+nuestr\w* domanda\s+per\s+il\s+nostr\w* vraag\s+voor\s+onze
    pergunta\s+para\s+(?:o\s+)?nosso
    pass(?:ar|o|ei|amos|e|are|iamo|eren)\s+(?:\S+\s+){0,5}?(?:ao|a|al|au|alla|aan|an)\s+(?:nosso
    |nossa|nuestr\w*|notre|nostr\w*|onze|unser\w*)
    (?:tiene|tienen|debe|deve|muss|doit|moet|tem)\s+(?:que\s+|de\s+)?(?:revisar|analizar
    |review\w*|prufen|examiner|valutare|bekijken|analisar) depass\w*\s+ce\s+que
    fuera\s+de\s+lo\s+que va\s+oltre\s+(?:quello|ci[oò])\s+che valt\s+buiten\s+wat
    esta\s+fora\s+do\s+que wykracza\s+poza ubersteigt,?\s+was geht\s+uber\s+das\s+hinaus
    corresponde\s+a\s+nuestr\w* spetta\s+a[li]*\s+nostr\w* beslist\s+(?:ons|onze)
    entscheidet\s+unser\w* releve\s+de\s+(?:notre|nos) e\s+com\s+(?:o|a)\s+noss[oa]
    cabe\s+a[o]?\s+noss[oa] is\s+(?:a\s+matter|up)\s+(?:for|to)\s+our
    (?:above|beyond)\s+my\s+pay\s+grade (?:isn't|is\s+not|not)\s+my\s+(?:call|decision)
    n'est\s+pas\s+une\s+decision\s+que\s+je no\s+depende\s+de\s+mi non\s+dipende\s+da\s+me
    daar\s+ga\s+ik\s+(?:\S+\s+)?niet\s+over (?:is\s+)?niet\s+aan\s+mij nao\s+e\s+comigo
    nao\s+depende\s+de\s+mim nicht\s+meine\s+entscheidung nicht\s+mein\s+(?:bereich|thema)
    inget\s+jag\s+kan uden\s+for\s+hvad\s+jeg nao\s+sou\s+eu\s+quem no\s+soy\s+yo\s+quien
    ce\s+n'est\s+pas\s+moi\s+qui non\s+sono\s+io\s+(?:che|a) not\s+me\s+who
    laat\s+(?:\S+\s+)?weten tendr\w*\s+que\s+revisar\w* musste\s+(?:\S+\s+)?prufen
    devrait\s+(?:\S+\s+)?examiner dovrebbe\s+(?:\S+\s+)?(?:verificar|valutar)\w*
    zou\s+(?:\S+\s+)?moeten\s+bekijken teria\s+que\s+(?:analisar|rever)
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
    (?:thanks?\s+(?:you\s+)?for|danke\s+fur|dank\s+fur|merci\s+(?:de|d'|pour)|gracias\s+por
    |grazie\s+(?:per|di)|bedankt\s+voor|dank\s+(?:u|je)\s+voor|obrigad[oa]\s+(?:por|pela|pelo)
    |tak\s+for|takk\s+for)\s+(?:\S+\s+){0,2}?(?=confirm|bestatig|bevestig|conferm|approv|aprov
    |accept|akzept|aceit|acept|agree|zusag|bekraeft|bekreft)
    """
)
CONDITIONAL = words(
    r"""
    once when after if until as\s+soon\s+as before sobald wenn nachdem falls bevor des\s+que
    lorsque quand si apres avant\s+que una\s+vez una\s+volta cuando en\s+cuanto hasta\s+que
    appena quando (?<!-)se(?!\s+(?:consider\w*|entiende\w*|da\w*\s+por|tiene\w*\s+por
    |ritien\w*\s+|reputa\w*))
    dopo\s+che finche zodra wanneer nadat totdat assim\s+que depois\s+que
    ate\s+que caso
    """
)
# The customer's own plans: "your launch is planned for September" commits us to nothing.
CUSTOMER_PLAN = words(
    r"""
    (?:you|your|ihr\w*|sie|votre|vos|vous|su|sus|ustedes|vostr\w*|voi|uw|u|jullie|seu|sua|seus
    |suas|voces?|vosso|vossa|vossos|vossas)\s+(?:\w+\s+){0,4}(?:plan\w*|expect\w*|target\w*
    |aim\w*|intend\w*|geplant|planen|plant|envisag\w*|prevu\w*|prevoi\w*|previst\w*|planifi\w*
    |prevee|prevede|pianific\w*|gepland|plannen|planeja\w*|preve\w*|objetivo|rechnen)
    plan(?:t|en)\s+(?:ihr|sie) tiene\s+previst\w* planer\w* planuj\w* planuje\w*
    (?:you|your|ihr\w*|sie|votre|vos|vous|su|sus|vostr\w*|voi|uw|u|jullie|seu|sua|voces?|vosso
    |vossa)\s+(?:\w+\s+){0,3}(?:want\w*|wish\w*|mochte\w*|wollen|veu\w*|souhait\w*|quier\w*
    |desea\w*|vuol\w*|voglion\w*|wil|willen|quer\w*|deseja\w*)
    """
)
# The customer's wish restated: "the requested go-live date", "Ihr Wunschtermin".
REQUESTED = words(
    r"""
    requested mentioned desired wunsch\w* gewunscht\w* souhaite\w* solicitad\w* richiest\w*
    gevraagd\w* gewenst\w* pretendid\w* desejad\w* genannt\w* mentionne\w* mencionad\w*
    menzionat\w* genoemd\w* onskad\w* onsket\w* zadan\w* pozadovan\w*
    """
)
# "confirm receipt": acknowledging arrival, not the order.
RECEIPT = words(
    r"""
    receipt eingang\w* erhalt empfang reception recepcion recibo ricezione ricevimento ontvangst
    rececao recebimento recepcao received receiving erhalten recu\w* recibid\w* ricevut\w*
    ontvangen recebid\w* modtaget mottatt obdrzel\w* arrived angekommen eingegangen llegado
    llegaron llego
    chegou chegad\w* arrivat\w* binnengekomen parvenu\w* pervenut\w* otrzymal\w* mottagit
    tagit\s+emot is\s+binnen
    """
)
# An explicit request: "please", "bitte", "merci de", "por favor".
PLEASE = words(
    r"""
    please kindly bitte merci\s+de veuillez por\s+favor per\s+favore graag gelieve favor
    venligst vennligst prosim\w* prosze
    """
)
