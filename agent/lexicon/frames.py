"""The frames in which a customer reply may speak about the deal: asking, saying what is
still missing, restating the quote, handing over to our team, sending a document, pointing
to the customer's portal. A sentence about the order, a price, payment, terms, a clause, a
signature, bank details or delivery outside every frame is refused (agent.boundary.frames).
"""

from __future__ import annotations

import re

from agent.lexicon.nouns import family, words

# A question that offers something is no request for information: "Shall we go ahead?",
# "Would net 60 work for you?", "¿Quiere que arranquemos ya?".
OFFER_QUESTION = words(
    r"""
    shall\s+(?:i|we)
    should\s+(?:i|we)\s+(?:just\s+)?(?:go\s+ahead|proceed|start|ship|deliver|activate|accept
    |book|waive|drop|remove|skip|apply|agree|sign|move|extend|give|grant|credit)
    do\s+you\s+want\s+(?:us|me) would\s+you\s+like\s+(?:us|me) would\s+it\s+help\s+if
    what\s+if\s+(?:we|i) how\s+about why\s+don't\s+we
    (?:would|does|will)\s+(?:\S+\s+){1,5}(?:work|suit|help|do)\s+for\s+you
    (?:sollen|konnen|durfen)\s+wir(?!\s+sie\s+(?:\S+\s+){0,8}?(?:bitten|ersuchen))
    soll\s+ich (?:wollen|mochten|wunschen)\s+sie,?\s+dass\s+wir
    ware\s+(?:ihnen|es\s+ihnen)\s+(?:\S+\s+){0,3}recht passt\s+(?:es\s+)?ihnen
    hilft\s+es\s+ihnen voulez-vous\s+que souhaitez-vous\s+que (?:vous\s+)?conviendrait
    (?:voulez|souhaitez)\s+vous\s+que (?:quiere|quieren|desea|desean|prefiere|prefieren)\s+que
    (?:les|le)\s+(?:vendria|parece|viene) (?:volete|vuole|preferite|preferisce)\s+che
    (?:vi|le)\s+(?:andrebbe|va|sta)\s+bene zullen\s+(?:we|wij) zal\s+ik
    (?:wilt|willen)\s+(?:u|jullie)\s+dat\s+(?:we|wij|ik) (?:komt|zou)\s+(?:\S+\s+){0,4}uitkomen
    (?:querem|quer|prefere|preferem)\s+que (?:seria|ficaria)\s+(?:\S+\s+){0,2}(?:bom|melhor|ok)
    (?:vi|ni)\s+kan\s+ogsa skal\s+(?:vi|jeg) (?:ca\s+)?vous\s+arrangerait
    (?:os|les|le)\s+(?:parece|vendria|viene) y\s+si\s+(?:nos|lo|la) what\s+if
    et\s+si\s+(?:on|nous) e\s+se\s+(?:nos|a\s+gente|noi) en\s+als\s+we und\s+wenn\s+wir
    """
)
# What the customer still owes: "the signed order form is still missing", "sigue pendiente".
MISSING = words(
    r"""
    missing outstanding still\s+(?:open|pending|need\w*|waiting|awaiting) not\s+yet\s+received
    awaiting waiting\s+for fehl\w* ausstehend\w* noch\s+offen
    noch\s+nicht\s+(?:erhalten|eingegangen) warten\s+(?:noch\s+)?auf manqu\w* en\s+attente
    toujours\s+pas attendons falt\w* pendiente\w* esperando a[uú]n\s+no manc\w* in\s+sospeso
    in\s+attesa attendiamo ancora\s+non ontbre\w* nog\s+(?:niet|open) wachten\s+(?:nog\s+)?op
    pendente\w* em\s+falta aguardamos aguardando ainda\s+nao brakuje brak chybi saknas mangler
    venter\s+pa vantar\s+pa czekamy cekame
    does\s+not\s+(?:show|contain|include|mention|state|list)
    doesn't\s+(?:show|contain|include|mention) enthalt\s+(?:\S+\s+)?kein\w*
    ne\s+(?:mentionne|contient|comporte|indique)\s+pas
    no\s+(?:incluye|contiene|indica|muestra|figura) non\s+(?:riporta|contiene|indica)
    bevat\s+geen vermeldt\s+geen nao\s+(?:contem|indica|mostra|inclui) (?:we|wij)\s+missen
    (?:not|n'y|pas|nicht|no|non|niet|nao)\s+(?:\S+\s+){0,2}?(?:attached|joint\w*|adjunt\w*|allegat\w*
    |bijgevoegd|anexad\w*|beigefugt|enclosed|included|inclus\w*|inclu[ií]d\w*)
    fehlte ontbrak faltaba mancava faltava brakowal\w*
    seguimos\s+sin still\s+without immer\s+noch\s+ohne toujours\s+sans ancora\s+senza
    nog\s+(?:steeds\s+)?zonder continuamos\s+sem ainda\s+sem a\s+la\s+espera
    (?:look|looking)\s+forward\s+to\s+(?:receiving\s+)?your
    steht\s+noch\s+aus stehen\s+noch\s+aus unsigned
    (?:not|nicht|pas|no|non|niet|nao)\s+(?:\S+\s+)?(?:signed|unterschrieben|signe|firmad[oa]
    |firmat[oa]|getekend|ondertekend|assinad[oa]) no\s+tiene\s+firma ohne\s+unterschrift
    sans\s+signature senza\s+firma zonder\s+handtekening sem\s+assinatura nedorazil\w*
    nur\s+die\s+erste\s+seite
    (?:staan|steht|stehen|figure\w*|aparece\w*|compare|compaion\w*|consta\w*|appear\w*
    |show\w*)\s+(?:\S+\s+)?(?:niet|nicht|pas|no|non|nao|not)\s
    (?:no|nao|not|nicht|niet|non|pas)\s+(?:\S+\s+)?(?:aparece\w*|consta\w*|figura\w*|appear\w*
    |staan|stehen|compar\w*)
    """
)
# The quote stands: "prices stay as quoted", "bleiben wie im Angebot", "conformes à notre devis".
RESTATE = words(
    r"""
    remain\w* stay\w* unchanged as\s+quoted
    as\s+(?:in|per)\s+(?:our|the)\s+(?:quote|offer|proposal)
    match\w*\s+(?:our|the)\s+(?:quote|offer|proposal) bleib\w* unverandert
    wie\s+(?:im|in\s+unserem)\s+angebot gemass\s+(?:unserem\s+)?angebot
    entspricht\s+(?:\S+\s+)?angebot
    rest\w*\s+(?:ceux|celles|celui|celle|inchange|les\s+memes|conformes?) inchange\w*
    conformes?\s+a\s+(?:notre|votre|le|au)\s+devis correspond\w*\s+a\s+(?:notre|au)\s+devis
    sigue\w*\s+siendo siguen\s+(?:igual|los|las|sin) se\s+mantien\w* sin\s+cambios
    como\s+en\s+(?:nuestr\w*|el|la)\s+(?:presupuesto|oferta|cotizacion) coincide\w*\s+con
    riman\w* restano invariat\w*
    come\s+(?:da|nella|nell'|in)\s*(?:nostra\s+)?(?:offerta|preventivo) corrispond\w*
    blijf\w* blijven
    ongewijzigd zoals\s+(?:geoffreerd|in\s+(?:onze|de)\s+offerte) komt\s+overeen
    continua\w*\s+(?:a\s+ser|os|as|o|a|iguais|sem) mant(?:em|ém|eem|ido|ida)\w* inalterad\w*
    sem\s+alteraco\w*
    (?:como|conforme)\s+(?:na|a|o)\s+(?:nossa\s+)?(?:proposta|cotacao|orcamento) corresponde\w*
    fortsat forbliv\w* uforandr\w* oforandrad\w* som\s+i\s+(?:vores|vart) pozostaj\w*
    bez\s+zmian zustava\w* zustanou beze\s+zmen
    (?:nothing|nichts|rien|nada|niente|nulla|niets|intet|inget)\s+(?:\S+\s+){0,5}?(?:chang\w*
    |andert|cambia\w*|muda\w*|verander\w*|wijzig\w*|aendr\w*|andras|zmieni\w*|nemeni)
    andert\s+sich\s+nichts still\s+appl(?:y|ies) gelten\s+(?:\S+\s+)?weiterhin
    (?:s'appliquent|valent)\s+toujours sigu\w*\s+vigentes? restano\s+valid\w*
    blijven\s+(?:\S+\s+)?gelden continuam\s+(?:a\s+)?(?:aplicar|valer) as\s+stated\s+in
    comme\s+indique\s+dans tal\s+como\s+consta\w* come\s+riportato zoals\s+vermeld
    conforme\s+indicado gelten\s+weiterhin restent\s+applicables sigu\w*\s+aplicando
    restano\s+valide blijven\s+van\s+toepassing continuam\s+a\s+aplicar-se segun\s+lo\s+cotizado
    (?:are|is)\s+(?:the\s+ones?|those|that)\s+(?:in|of|from)\s+(?:our|the) sont\s+cel\w*\s+d[eu]
    son\s+l[oa]s\s+de sono\s+quell\w*\s+d zijn\s+die\s+(?:uit|van) sao\s+[oa]s\s+da
    conformement\s+(?:a|au)\s+(?:\S+\s+)?devis volgens\s+(?:de\s+)?offerte
    conforme\s+(?:a\s+)?(?:nossa\s+)?proposta (?:wijzig|verander)\w*\s+niet no\s+cambian
    nao\s+mudam ne\s+changent\s+pas andern\s+sich\s+nicht non\s+cambiano don't\s+change
    do\s+not\s+change as\s+(?:set\s+out|stated|described|laid\s+down|specified)\s+in
    resta\s+quell\w* resta\s+invariat\w* resta\s+la\s+stessa andert\s+(?:\S+\s+){0,3}nichts
    changes?\s+nothing ne\s+change\s+rien no\s+cambia\s+nada non\s+cambia\s+nulla
    verandert\s+niets nao\s+muda\s+nada wie\s+(?:ubersandt|versandt|verschickt|zugesandt)
    tel\s+qu'il\s+vous\s+a\s+ete\s+envoye como\s+(?:se\s+)?envi\w* zoals\s+verstuurd as\s+sent
    segue\s+como\s+enviad\w* uaendrede uforandrede oforandrade
    """
)
_OUR = (
    r"(?:our|unser\w*|notre|nos|nuestr\w*|nostr\w*|onze|ons|noss\w*|vores|vart|nasz\w*|nase\w*|el|la|le|il"
    r"|lo|o|a|het|de|der|die|the)"
)
_TEAM = (
    r"(?:deal\s*desk|legal|lawyers?|counsel|finance|finanz\w*|financ\w*|team|equipe|equipo|equipa"
    r"|colleagues?|kolleg\w*|collegu\w*|colega\w*|collega\w*|contract\w*|vertrag\w*|juridi\w*"
    r"|jurist\w*|rechtsabteilung|abteilung|service|departamento|dipartimento|ufficio|afdeling|sales"
    r"|vertrieb|manager\w*|responsable|responsabile|gestor|zespol\w*|contractbeheer|onboarding"
    r"|administra\w*|amministrazione|buchhaltung|comptabilite|contabilidad\w*|contabilita"
    r"|boekhouding|service\s+juridique|planner|dzial\w*|account\s+manager|kundenbetreuer\w*|lead"
    r"|specialist\w*|jurist\w*|teammate|implementa\w*|onboarding\w*|account\s+executive|sales\s+rep\w*"
    r"|commercial|commerciale|comercial|vertriebs\w*|accountmanager\w*|customer\s+success"
    r"|gestor\s+de\s+(?:cuenta|conta)|gestionnaire\s+de\s+compte|accountmanager)"
)
# Verbs of handing over and answering, never of acting on the deal.
_HANDOVER = (
    r"(?:contact\w*|reach\w*|repl\w*|respond\w*|answer\w*|review\w*|check\w*|look\w*|examin\w*"
    r"|assess\w*|discuss\w*|clarif\w*|follow\w*|get\s+back|come\s+back|be\s+in\s+touch|writ\w*"
    r"|call\w*|kontakt\w*|melde\w*|antwort\w*|pruf\w*|klar\w*|bespre\w*|schreib\w*|anruf\w*"
    r"|kommt|revien\w*|repond\w*|etudi\w*|verifi\w*|ecri\w*|escrib\w*|llam\w*|revis\w*|estudi\w*"
    r"|analiz\w*|contatt\w*|rispond\w*|verific\w*|esamin\w*|scriv\w*|chiam\w*|reageer\w*|reageert"
    r"|antwoord\w*|bekijk\w*|beoordeel\w*|bespreek\w*|behandel\w*|schrijf\w*|neemt|contat\w*"
    r"|analis\w*|escrev\w*|lig\w*|fala\w*|entra\w*|sprawdza\w*|skontaktuj\w*|odpowie\w*|gar"
    r"|ozve\w*|odezw\w*|porown\w*|hor\s+av\s+sig|stammer\s+av|segu\w*|suivr\w*|folg\w*|volg\w*|se\s+charg\w*|si\s+occup\w*|se\s+ocup\w*|own\w*"
    r"|handl\w*|appel\w*|responsib\w*|zustandig\w*|folger|foljer)"
)
# Handing over to our own people: "to our deal desk", "an unseren Deal Desk", "our deal desk
# will contact you", "neemt onze deal desk contact op" (never "our team books it").
OUR_TEAM = family(
    r"(?:to|with|by|an|a|au|aux|al|alla|aan|ao|bij|mit|con|avec|com|naar|do|da|at|par|por|per|von"
    r"|van|de|door|pelo|pela|durch)\s+(?:\S+\s+)?" + _OUR + r"\s+(?:\S+\s+){0,2}?" + _TEAM,
    _OUR + r"\s+(?:\S+\s+){0,2}?" + _TEAM + r",?\s+(?:\S+\s+){0,6}?" + _HANDOVER,
    _HANDOVER + r"\s+(?:\S+\s+){0,3}?" + _OUR + r"\s+(?:\S+\s+){0,2}?" + _TEAM,
    r"in\s+(?:cc|copia|copie|kopie)|messo\s+in\s+copia|mijn\s+collega|mein\w*\s+kolleg\w*"
    r"|ma\s+collegue|mon\s+collegue|mi\s+colega|il\s+mio\s+collega|la\s+mia\s+collega"
    r"|o\s+meu\s+colega|a\s+minha\s+colega|my\s+colleague|se\s+vam\s+ozve|ozve\s+se",
    r"ansprechp\w*|interlocut\w*|persona\s+de\s+contacto|referente|contactpersoon|aanspreekpunt"
    r"|(?:your|o\s+seu|seu|su|votre|uw|jullie|ihr\w*|il\s+vostro|vostro)\s+(?:main\s+|new\s+|nieuwe\s+"
    r"|novo\s+|nuevo\s+|nouveau\s+|neue\w*\s+|nuovo\s+)?(?:point\s+of\s+)?contac?t[oe]?"
    r"|pessoa\s+de\s+contac?to|right\s+person|(?:vai|vao|va|will|wird|zal)\s+(?:\S+\s+){0,2}?"
    r"(?:responder|respond|antworten|repondre|rispondere|antwoorden)",
    r"(?:deal\s*desk|kolleg\w*\s+min)\s+(?:\S+\s+){0,4}?" + _HANDOVER,
    r"(?:pass\w*|forward\w*|hand\w*|sen[dt]\w*|rais\w*|gave|given|escalat\w*|cop(?:y|ied)|left|leave"
    r"|referr\w*|gegeben|weiter\w*|transmis\w*|relay\w*|inoltrat\w*|girat\w*|segnalat\w*|traslad\w*"
    r"|remitid\w*|doorgestuurd|doorgezet|neergelegd|encaminh\w*|levei|dejo|deixo|laat|lasse)\s+"
    r"(?:\S+\s+){0,6}?(?:to|an|a|au|al|alla|aan|ao|naar|bij|with|mit|con|avec|com|for|fur|pour|para"
    r"|per|voor)\s+(?:the\s+|den\s+|dem\s+|le\s+|el\s+|il\s+|la\s+|het\s+|de\s+|o\s+|a\s+)?"
    + _TEAM,
    r"(?:your|ihr\w*|votre|su|vostro|uw|jullie|seu|o\s+vosso|vuestro)\s+(?:\S+\s+)?(?:account\s*manager"
    r"|kundenbetreuer\w*|gestionnaire|gestor\s+de\s+cuenta|accountmanager|gerente\s+de\s+conta|referente"
    r"|contact\s+habituel|contacto\s+habitual|ansprechpartner\w*|opiekun\w*)|cop(?:ied|y)\s+(?:\S+\s+)?in\b"
    r"|mi\s+compa\w+|ma\s+colleg\w+|mia\s+collega|minha\s+colega|meine?\s+kolleg\w*|my\s+teammate",
    # The customer's contact at our company is ours, whatever the possessive: "your account
    # manager", "su responsable comercial", "sua gerente de contas", "Ihr Kundenbetreuer".
    r"(?:your|su|sus|sua|seu|je|jouw|uw|jullie|ihr\w*|votre|vos|vostr\w*|vuestr\w*|tu|il\s+vostro"
    r"|la\s+vostra|il\s+suo|la\s+sua|o\s+seu|a\s+sua)\s+(?:\S+\s+)?(?:account\s*manager\w*"
    r"|accountmanager\w*|account\s+executive|customer\s+success\s+manager|responsable\s+(?:comercial"
    r"|de\s+cuenta|de\s+compte|commercial)|gerente\s+(?:de\s+contas?|de\s+cuenta|comercial)"
    r"|gestor\w*\s+de\s+(?:cuenta|conta)|kundenbetreuer\w*|vertriebsansprechpartner\w*"
    r"|charge\w*\s+de\s+(?:compte|clientele)|referente\s+commerciale|commerciale\s+di\s+riferimento"
    r"|account\s+di\s+riferimento|executivo\s+de\s+contas?|comercial\s+de\s+referencia)",
)
# Where the customer's questions go from now on: to the contact they named ("we'll direct
# questions about the order documents to her", "Rückfragen richten wir künftig an ihn").
ROUTE_TO_CONTACT = family(
    r"(?:direct|address|send|route|forward|richten|dirigi\w*|dirigir\w*|indirizz\w*|rivolg\w*"
    r"|adresser\w*|adresse\w*|encaminh\w*|kierowa\w*|smerova\w*|sturen|stuur\w*|go|gaan|gehen"
    r"|iran|irao|andranno)\s+(?:\S+\s+){0,8}?(?:to|an|a|aan|naar|do|na|par|per)\s+(?:him|her|them"
    r"|ihn|sie|ihm|ihr|el|ella|ellos|lui|lei|loro|ele|ela|eles|hem|haar|hen|niej|niego|nich|ni"
    r"|nej|nemu|elle|eux)",
    r"(?:le|la|les|gli|lhe|lhes)\s+(?:dirigiremos|enviaremos|indirizzeremo|adresserons"
    r"|encaminharemos)",
)
# Sending a document: "I'll resend the order form for signature", "anbei das Bestellformular".
SEND_DOCUMENT = family(
    r"(?:send|resend|sending|sent|attach\w*|enclos\w*|schick\w*|send\w*|envo\w*|renvo\w*|envi\w*"
    r"|reenvi\w*|invi\w*|rimand\w*|stuur\w*|mand\w*|skick\w*|wysy\w*|zasl\w*|adress\w*|address\w*)\s+(?:\S+\s+){0,6}?"
    r"(?:order\s+form|quote|offer|documents?|packet|copy|form|formular\w*|bestellformular\w*"
    r"|angebot|offerte|offerta|proposta|presupuesto|cotizacion|cotacao|preventivo|oferta"
    r"|bons?\s+de\s+commande\s+a\s+signer"
    r"|formulaire|devis|formulario|hoja\s+de\s+pedido|modulo|bestelformulier|w-?9|certificat\w*"
    r"|zertifikat\w*|certificad\w*|certificaat|kopie|copie|copia|link|envelope|docusign"
    r"|signaturpaket\w*|signature\s+packet|paket|pacote|paquete|pacchetto|pakket|dossier"
    r"|contract\w*|contrat\w*|vertrag\w*|version|versi[oó]n|versie|versao|versione|fassung)",
    # attaching in German and Dutch word order: "hänge ich Ihnen ... an", "stuur ik ... mee"
    r"(?:hange|hangen)\s+(?:\S+\s+){0,10}?an|angehangt|meegestuurd|meesturen"
    r"|stuur\w*\s+(?:\S+\s+){0,10}?mee",
    r"segue\w*\s+(?:\S+\s+){0,4}?(?:o|a|os|as)\s+(?:nossa\s+|nosso\s+)?(?:formulario|proposta|documento?|copia|certificado"
    r"|contrato|link)",
    r"anbei|ci-joint\w*|in\s+allegato|adjunt\w*|em\s+anexo|in\s+de\s+bijlage|bijgevoegd|i\s+bilaga"
    r"|vedhaeft\w*|w\s+zalaczniku|v\s+priloze",
    r"(?:adress\w*|address\w*|send\w*|schick\w*)\s+(?:\S+\s+){0,4}?(?:signaturpaket\w*"
    r"|signature\s+packet|paket|pacote|paquete|pacchetto|pakket|dossier)",
    r"(?:order\s+form|quote|offer|documents?|packet|copy|form|formular\w*|formulaire|devis|formulario"
    r"|modulo|bestelformulier|certificat\w*|zertifikat\w*|envelope?|umschlag|enveloppe|sobre|busta|envelop"
    r"|docusign|link|angebot|offerta|offerte|proposta|presupuesto|preventivo|contrat\w*|contract\w*"
    r"|vertrag\w*|versi[oó]n|versie|versao|versione|fassung)[^.!?]{0,80}?(?:re-?sen[dt]\w*"
    r"|sent|attached|enclosed|geschickt|gesendet|verschickt|ubersandt|envoye\w*|renvoye\w*|enviad\w*"
    r"|reenviad\w*|inviat\w*|reinviat\w*|gestuurd|verstuurd|verzonden|anbei|ci-joint|adjunt\w*"
    r"|in\s+allegato|em\s+anexo|bijgevoegd|(?:se\s+la\s+|se\s+lo\s+|vous\s+|ihnen\s+|vi\s+|u\s+)"
    r"(?:enviar\w*|envoie\w*|enverr\w*|schick\w*|sende\w*|invier\w*|invia\w*|stuur\w*))",
)
# The customer's supplier portal, where we register or enter our own data.
PORTAL = family(
    r"(?:your|ihr\w*|votre|vos|su|sus|vostr\w*|uw|jullie|seu|sua|vosso|vossa)\s+(?:\S+\s+){0,2}?"
    r"(?:\w*portal\w*|portail|plataforma|piattaforma|platform|ariba|coupa|jaggaer)",
)
# A request to the customer (not "we can", not "gladly"): "please", "could you", "we need".
ASK = words(
    r"""
    please kindly could\s+you can\s+you would\s+you will\s+you let\s+us\s+know
    we\s+(?:still\s+)?need bitte konnten\s+sie wurden\s+sie konnen\s+sie benotig\w* brauchen
    merci\s+de pourriez-vous pouvez-vous veuillez il\s+nous\s+faut besoin por\s+favor podria\w*
    podrian necesit\w* agradeceria\w* per\s+favore potrebbe\w* potreste abbiamo\s+bisogno
    vi\s+preghiamo la\s+preghiamo gelieve kunt\s+u wilt\s+u zou\s+u nodig por\s+gentileza
    poderia\w* precisa\w* agradecemos venligst vanligen behover har\s+brug prosimy prosze
    potrzebujemy prosime potrebujeme (?:we|i)\s+(?:would\s+)?ask bitten\s+(?:wir\s+)?sie
    (?:ci|mi)\s+servir\w* (?:ci|mi)\s+serv(?:e|ono) we\s+would\s+(?:still\s+)?need
    wir\s+br[aä]uchten
    demandons vous\s+demand\w* (?:le|les)\s+pedimos pedimos chiediamo (?:vi|la|le)\s+chied\w*
    vragen\s+(?:u|jullie) willen\s+u\s+vragen solicitamos fateci\s+sapere fammi\s+sapere
    laat\s+(?:ons|me|het\s+ons)\s+(?:\S+\s+)?weten lassen\s+sie\s+(?:uns|mich)\s+wissen
    geben\s+sie\s+(?:uns|mir)\s+(?:\S+\s+)?bescheid tenez-nous faites-nous\s+savoir avisenos
    avisen hagannos\s+saber diganos nos\s+avisem avisem-nos informem let\s+me\s+know pls plz pse
    """
)
# Declining: "we won't be able to", "ne pourrons pas", "no es algo que pueda aceptar", or
# keeping something out of e-mail ("we never send bank details by e-mail").
DECLINE = words(
    r"""
    (?:won't|will\s+not|would\s+not|wouldn't)\s+be\s+able not\s+able unable can't cannot
    can\s+not not\s+something beyond\s+what outside\s+what
    (?:kann|konnen|durfen|darf|werden)\s+(?:\S+\s+){0,5}?nicht
    nicht\s+(?:\S+\s+){0,3}?(?:moglich|befugt)
    ne\s+(?:\S+\s+)?(?:peux|pouvons|pourrons|pourrai|pourra|saurais|saurions|sommes
    |suis)\s+(?:\S+\s+)?pas pas\s+en\s+mesure depass\w*\s+ce\s+que
    no\s+(?:\S+\s+)?(?:puedo|podemos|podremos|podre|estoy|estamos|es\s+algo|son\s+algo)
    non\s+(?:\S+\s+)?(?:posso|possiamo|potremo|potro|rientr\w*|e\s+qualcosa|sono\s+in\s+grado)
    (?:kan|kunnen|mag|mogen)\s+(?:\S+\s+){0,7}?(?:niet|niets|geen) niet\s+in\s+staat
    nao\s+(?:\S+\s+)?(?:posso|podemos|poderemos|consigo|conseguimos|sao\s+algo|e\s+algo|estamos)
    kan\s+(?:\S+\s+)?(?:inte|ikke) nie\s+(?:mozemy|moge|jestesmy) nemuzeme nemohu
    (?:not|no|never|nie|nicht|keine?|pas|jamais|nunca|non|mai|niet|geen|nooit|nao|ikke
    |inte)\s+(?:\S+\s+){0,6}?(?:by|per|via|par|por|in|im|en)\s+(?:e-?mail|mail|correo|courriel)
    (?:not|no|never|nie|nicht|keine?|pas|jamais|nunca|non|mai|niet|geen|nooit|nao|ikke|inte
    |aldrig|aldri)\s+(?:\S+\s+){0,6}?(?:via|per|by|par|por|pa)\s+(?:mejl|e-?post)
    not\s+(?:my|mine)\s+(?:decision|call)
    (?:decisao|decision|decisione|entscheidung|beslissing)\s+(?:\S+\s+)?(?:nao|no|non|nicht
    |niet)\s+(?:\S+\s+)?(?:e|es|ist|is)\s+(?:minha|mia|mi|meine|mijn) liegt\s+nicht\s+bei\s+mir
    n'est\s+pas\s+de\s+mon\s+ressort (?:i|we)\s+(?:don't|do\s+not)\s+(?:yet\s+)?have
    n'(?:ai|avons)\s+pas no\s+(?:tengo|tenemos) non\s+(?:ho|abbiamo)
    (?:ich\s+habe|wir\s+haben|habe\s+ich|haben\s+wir)\s+(?:\S+\s+)?keine
    heb(?:ben)?\s+(?:\S+\s+)?(?:nog\s+)?geen nao\s+(?:tenho|temos) fuera\s+de\s+lo\s+que
    va\s+oltre valt\s+buiten fora\s+do\s+que wykracza\s+poza inte\s+besluta
    pas\s+quelque\s+chose\s+que no\s+es\s+algo\s+que non\s+e\s+qualcosa\s+che
    nao\s+e\s+algo\s+que nicht\s+etwas,?\s+das (?:di\s+mia|de\s+mi|de\s+ma|meiner)\s+competen\w*
    nicht\s+zustandig niet\s+bevoegd
    (?:beslis|entscheide)\s+(?:ik\s+|ich\s+)?(?:niet|nicht)\b
    (?:decide|decido)\s+(?:yo\s+)?no\s+(?:zelf|selbst) nie\s+oznacza
    (?:by|per|via|par|por|pa)\s+(?:e-?mail|mail|correo|courriel|mejl)\s+(?:\S+\s+){0,4}?(?:not
    |nicht|kein\w*|nie|never|pas|jamais|nunca|no|non|niet|geen|nooit|nao|ikke|inte|aldrig)
    (?:won't|don't|do\s+not|will\s+not)\s+(?:\S+\s+){0,6}?(?:by|via|per|over)\s+e-?mail
    (?:kunnen|konnen|can|could|pouvons|podemos|possiamo|podemos)\s+(?:\S+\s+){0,4}?(?:pas|erst
    |only|seulement|que|solo|solamente|apenas|soltanto)\s+(?:\S+\s+){0,4}?(?:als|wenn|when|once
    |after|quand|lorsque|cuando|quando|se|dopo|une\s+fois|apres)
    (?:no|non|nao|nicht|niet|not|don't|do\s+not)\s+(?:\S+\s+)?(?:acept\w*|accett\w*|aceit\w*
    |akzeptier\w*|accepter|accepteren|accept)
    not\s+(?:something\s+)?(?:i|we)\s+(?:can|could)\s+(?:agree|promise|commit|decide)
    (?:isn't|is\s+not|not)\s+something\s+(?:i|we)\s+(?:can|could)
    """
)
# A question asking for information: "Which address should we send the invoices to?"
INFO_QUESTION = re.compile(
    r"^\W*(?:(?:to|an|a|for|from|on|in|at|naar|para|per|por|pour|fur|aan)\s+)?(?:what|which|where"
    r"|when|who|whom|how\s+(?:many|much|long|should)|welche\w*|wohin|wann|wer|wo|wie\s+viele"
    r"|quel\w*|ou|quand|qui|cual\w*|donde|cuando|quien\w*|quale?|dove|quando"
    r"|chi|welk\w*|waar\w*|wanneer|wie|qual\w*|onde|quem|vilk\w*|hvilk\w*|hvor|kiedy|kde|kdy)\b"
)
# Taking note of what the customer said: "hemos tomado nota", "wir haben notiert".
NOTED = words(
    r"""
    noted taken\s+note note\s+of notiert vermerkt zur\s+kenntnis pris\s+(?:bonne\s+)?note
    tomado\s+nota tomamos\s+nota anotamos anotado preso\s+nota prendo\s+nota genoteerd
    nota\s+genomen registamos registrado gesehen have\s+seen avons\s+vu hemos\s+visto
    abbiamo\s+visto hebben\s+(?:\S+\s+)?gezien vimos noticed notice\w* bemerkt festgestellt
    remarque\w* constate\w* notado notamos notato notiamo opgemerkt percebemos vi\s+har\s+sett
    zauwazyl\w* 've\s+seen seen\s+that ich\s+habe\s+gesehen j'ai\s+vu he\s+visto ho\s+visto
    ik\s+heb\s+gezien vi\s+que
    """
)
# Offering help, not a commitment: "stehen wir gerne zur Verfügung".
AVAILABLE = words(
    r"""
    (?:stehe|stehen)\s+(?:\S+\s+){0,3}?zur\s+verfugung
    (?:we\s+are|i\s+am|we're|i'm)\s+(?:\S+\s+)?(?:available|happy\s+to\s+help|here\s+to\s+help)
    (?:reste|restons)\s+(?:\S+\s+){0,2}?disposition
    (?:quedo|quedamos)\s+a\s+(?:su|vuestra|tu)\s+disposicion
    (?:resto|restiamo)\s+a\s+(?:\S+\s+)?disposizione
    (?:fico|ficamos)\s+a\s+(?:\S+\s+)?disposicao
    (?:sta|staan)\s+(?:\S+\s+){0,2}?tot\s+uw\s+beschikking
    """
)
# Routine fields whose names hold a deal word: "billing address", "Rechnungsadresse".
ROUTINE_FIELD = words(
    r"""
    (?:billing|invoice|invoicing)\s+(?:address|entity|e-?mail|contact)
    rechnungs(?:adresse|empfanger|anschrift) adresse\s+de\s+facturation
    direccion\s+de\s+facturacion indirizzo\s+di\s+fatturazione factuuradres\w*
    endereco\s+de\s+(?:faturamento|faturacao|cobranca) fakturaadress\w*
    (?:sales|ventas|vendas|vertrieb|ventes|vendite)\s+operations? operaciones\s+de\s+ventas
    operacoes\s+de\s+vendas operations?\s+commerciales? operazioni\s+commerciali
    delivery\s+prerequisites? liefervoraussetzung\w* prerequis\w*\s+(?:de|pour\s+la)\s+livraison
    requisitos\s+(?:previos\s+)?(?:de|para\s+la)\s+entrega
    prerequisiti\s+(?:di|per\s+la)\s+consegna leveringsvoorwaarden\w*
    voorwaarden\s+voor\s+(?:de\s+)?levering pre-?requisitos\s+(?:de|para\s+a)\s+entrega
    po\s+number purchase\s+order\s+(?:\(po\)\s+)?number
    numero\s+(?:de|da|do|del|dell'|du)\s*(?:la\s+)?(?:orden|ordem|ordine|bon)\s+(?:de
    |di)\s+(?:compra|commande|acquisto) bestellnummer\w* po-?nummer\w* inkoopordernummer\w*
    signature\s+packet\w* signaturpaket\w* registrierung\s+als\s+lieferant
    registratie\s+als\s+leverancier
    (?:alta|registo|registro|registrazione|referencement)\s+(?:como\s+|come\s+)?(?:proveedor
    |fornecedor|fornitore|fournisseur) \(po(?:-?nummer)?\)
    (?:technical|technische\w*|technisch|tecnico|tecnica|technique)\s+(?:contact\w*
    |ansprechpartner\w*|contactpersoon|referente|responsavel) contact\s+technique
    contacto\s+tecnico responsavel\s+tecnico referente\s+tecnico
    requisitos\s+tecnicos(?:\s+previos)? prerequis\s+techniques prerequisiti\s+tecnici
    technische\s+(?:voraussetzungen|voorwaarden) pre-?requisitos\s+tecnicos
    """
)
# We as the subject: a clause where we act is covered by no frame but its own.
WE_ACT = re.compile(
    r"\b(?:we|i|we'll|i'll|we're|i'm|we've|i've|let's|wir|ich|nous|je|j'\w+|on(?!\s+(?:the|your|our|a|an|this|that|these|those|its|their|my|his|her|it|them|us|you|time|site|board|hold|top|behalf|file|record|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d))"
    r"|nosotros|yo|noi|io"
    r"|wij|ik|eu|nos|vi|jag|jeg|my|ja)\b|\b\w{3,}(?:amos|emos|imos|iamo|eremo|aremo|iremo)\b"
    r"|\b(?:wat\s+ons\s+betreft|van\s+onze\s+kant|as\s+far\s+as\s+we\s+are\s+concerned|on\s+our\s+(?:side|end)"
    r"|from\s+our\s+(?:side|end)|was\s+uns\s+(?:betrifft|angeht)|von\s+unserer\s+seite|unsererseits"
    r"|en\s+ce\s+qui\s+nous\s+concerne|de\s+notre\s+cote|por\s+nuestra\s+parte|por\s+nuestro\s+lado"
    r"|per\s+quanto\s+ci\s+riguarda|da\s+parte\s+nostra|per\s+noi|da\s+nossa\s+parte|por\s+nos"
    r"|for\s+vores\s+vedkommende|fran\s+var\s+sida)\b"
)
# Reporting what the customer said or asked: "Sie baten um eine schriftliche Bestätigung,
# dass...", "nos preguntan si el precio vale...", "thanks for letting us know that your
# orders go out only after...". The clause is theirs, not our commitment. (Folded text,
# at the start of a clause.)
# The customer as the one who says it: "you", "your mail (of 28 May)", "vous", "jullie".
_SAYER = (
    r"(?:you|your\s+[\w-]+(?:\s+(?:of|from|dated)\s+[^,;]{1,20}?)?|vous|votre\s+[\w-]+|vos\s+[\w-]+"
    r"|usted(?:es)?|vosotros|su\s+(?:correo|mail|mensaje|carta)|voi|la\s+vostra\s+(?:mail|email|lettera)"
    r"|u|jij|jullie|uw\s+(?:mail|e-mail|brief|bericht)|voce|voces|o\s+seu\s+(?:e-?mail|pedido)"
    r"|sie|ihre?\s+(?:mail|e-mail|nachricht|schreiben))"
)
_SAYS = (
    r"(?:says?|said|stat\w*|mention\w*|wr[io]te?s?|indicat\w*|not(?:e|es|ed)|sagen|sagt|schreib\w*"
    r"|erwahn\w*|mentionn\w*|ecriv\w*|ecrit|indiqu\w*|dites|precis\w*|dice\w*|mencion\w*|escrib\w*"
    r"|indic\w*|comenta\w*|scrive\w*|dite|menzion\w*|zegt|zeggen|schrijft|schrijven|noemt|noemen"
    r"|meldt|melden|geeft\s+aan|geven\s+aan|diz\w*|escrev\w*|informa\w*|ask\w*|vraagt|vragen"
    r"|frag\w*|demand\w*|pregunt\w*|piden|chied\w*|pergunt\w*|pedem)"
)
# The second person in the verb alone: "decís que", "scrivete che", "dizem que".
_SAY_2ND = (
    r"(?:dec[ií]s|dices|comentais|mencionais|escribis|indicais|scrivete|dite|mi\s+dite|ci\s+dite"
    r"|dizem|dizes|perguntam|preguntan|chiedete)\s+(?:que|che|se|si|of)"
    r"|je\s+(?:schrijft|zegt|noemt|meldt|geeft\s+aan|vraagt)|pedem-nos|(?:nos|ci|mi)\s+(?:piden|chiedete)"
)
REPORTED = re.compile(
    r"^\W*(?:(?:as\s+)?you(?:r\s+[\w-]+)?\s+(?:asked|mentioned|wrote|said|told\s+us|pointed\s+out"
    r"|indicated|explained|would\s+like\s+to\s+know|want\s+to\s+know|wonder\w*)"
    r"|i\s+(?:can\s+)?(?:see|understand|gather|hear)\s+(?:(?:why|that)\s+)?(?:you|your)"
    r"|(?:(?:we've|we\s+have|i've|i\s+have)\s+)?noted\s+(?:that\s+)?(?:you|your)"
    # what their mail says: "according to your message", "d'après votre mail", "laut Ihrer Mail"
    r"|(?:according\s+to|d'apres|selon|laut|gemass|segun|secondo|volgens|de\s+acordo\s+com|conforme"
    r"|segundo)"
    r"\s+(?:your|votre|vos|ihrer?|su|sus|la\s+vostra|il\s+vostro|uw|jullie|o\s+seu|a\s+sua|seu|sua)"
    r"\s+(?:\S+\s+)?(?:message|mail|e-mail|email|courriel|nachricht|schreiben|correo|mensaje"
    r"|messaggio|bericht|mensagem|note|lettre|brief|carta|lettera)"
    r"|vous\s+nous\s+(?:apprenez|informez|faites\s+savoir)|sie\s+(?:informieren|teilen)\s+uns"
    r"|thanks?\s+(?:you\s+)?for\s+(?:letting\s+us\s+know|pointing\s+out|explaining|clarifying)"
    # what they told us, valued: "good to know that", "goed om te weten dat", "bom saber que"
    r"|good\s+to\s+know|gut\s+zu\s+wissen|bon\s+a\s+savoir|(?:es\s+)?bueno\s+saber|buono\s+a\s+sapersi"
    r"|(?:e\s+)?bom\s+saber|goed\s+om\s+te\s+weten|fijn\s+om\s+te\s+weten|godt\s+at\s+vide"
    r"|bra\s+att\s+veta"
    r"|sie\s+(?:baten|bitten|fragen|fragten|schreiben|schrieben|weisen\s+(?:\w+\s+)?darauf\s+hin"
    r"|mochten\s+wissen|teilen\s+uns\s+mit)|danke\s+fur\s+(?:den\s+hinweis|die\s+info\w*"
    r"|ihre\s+erklarung)"
    r"|vous\s+(?:nous\s+)?(?:demandez|indiquez|signalez|souhaitez\s+savoir|ecrivez|avez\s+indique"
    r"|precisez)|merci\s+de\s+nous\s+avoir\s+(?:indique|signale|precise|explique)"
    r"|(?:nos|me)\s+(?:indican|preguntan|piden|dicen|comentan|consultan|solicitan)"
    # singular and past forms, pronouns after the verb: "me pregunta si", "mi chiedeva se",
    # "perguntou-nos se", "I spurgte om" (Danish "you asked")
    r"|(?:nos|me)\s+(?:indica|pregunta|pide|dice|comenta|consulta|solicita|preguntaba|pedia"
    r"|pregunto|pidio)\b|(?:mi|ci)\s+(?:chiedeva|chiedevate|ha\s+chiesto|avete\s+chiesto"
    r"|aveva\s+chiesto|domandava)|(?:perguntou|pediu|perguntaram|pediram|disse|escreveu)-(?:nos|me)"
    r"|vous\s+(?:nous|m')\s*(?:avez\s+demande|demandiez)|(?:i|du|ni)\s+(?:spurgte|fragade|bad\s+om)"
    r"|sie\s+hatten\s+(?:\w+\s+)?gefragt|u\s+had\s+gevraagd|you\s+had\s+asked"
    # the customer's request as a noun: "your request to postpone", "o pedido para adiar"
    r"|(?:your|the)\s+request\s+(?:to|for)|(?:o\s+(?:seu\s+)?pedido|a\s+(?:sua\s+)?solicitacao)"
    r"\s+(?:para|de)\s+\w+r\b|(?:su|la)\s+(?:solicitud|peticion)\s+de\s+\w+r\b"
    r"|ihre\s+(?:bitte|anfrage)\s+(?:um|nach|zu)|votre\s+demande\s+(?:de|d')"
    r"|la\s+(?:vostra|sua)\s+richiesta\s+di|(?:uw|jullie)\s+verzoek\s+(?:om|tot)"
    r"|gracias\s+por\s+(?:indicarnos|avisarnos|explicarnos|aclararnos)"
    r"|(?:ci|mi)\s+(?:chiedete|chiede|scrivete|segnalate|indicate)|grazie\s+per\s+(?:averci|avermi)"
    r"\s+(?:spiegato|detto|segnalato|indicato|informato)"
    r"|u\s+(?:vraagt|vroeg|schrijft|geeft\s+aan|meldt)|jullie\s+(?:vragen|vroegen|schrijven"
    r"|geven\s+aan)|bedankt\s+voor\s+(?:het\s+doorgeven|de\s+uitleg)"
    r"|(?:voce|voces|o\s+senhor|a\s+senhora)\s+(?:pergunta|perguntou|pediu|pedem|indica|informa)"
    r"|(?:nos|me)\s+(?:pedem|perguntam|informam|indicam)|obrigad[oa]\s+por\s+(?:nos\s+)?(?:informar"
    r"|explicar|avisar)"
    # what the customer sent: "vous nous avez adressé vos conditions", "con el pedido nos han
    # hecho llegar sus condiciones"
    r"|(?:\S+\s+){0,4}?(?:you(?:'ve|\s+have)?\s+sent\s+us|vous\s+nous\s+avez\s+(?:adresse|envoye"
    r"|transmis|fait\s+parvenir)|nos\s+han\s+(?:hecho\s+llegar|enviado|remitido)|ci\s+avete\s+"
    r"(?:inviato|mandato|trasmesso)|sie\s+haben\s+uns\s+(?:\S+\s+){0,4}?(?:geschickt|gesendet"
    r"|ubermittelt|zukommen\s+lassen)|(?:u|jullie)\s+(?:heeft|hebben)\s+ons\s+(?:\S+\s+){0,4}?"
    r"(?:gestuurd|toegestuurd|bezorgd)|(?:voce|voces)\s+nos\s+(?:enviou|enviaram|mandou))"
    # who said it + a verb of saying: "your mail of 28 May says", "vous mentionnez que",
    # "decís que", "scrivete che", "je schrijft dat", "você diz que"
    r"|" + _SAYER + r"\s+(?:\S+\s+)?" + _SAYS + r"|" + _SAY_2ND + r")\b"
)
# Someone will tell the customer: a verb of writing, calling or informing aimed at "you",
# whoever the subject ("Lucía te escribe", "Sanne mailt je", "l'équipe vous écrira", "you'll
# hear from our order desk"). Saying who will get in touch promises nothing about the deal.
_TELL = (
    r"(?:writ\w*|e?-?mail\w*|call\w*|ring\w*|phon\w*|contact\w*|tell\w*|inform\w*|updat\w*"
    r"|notif\w*|escrib\w*|llam\w*|avis\w*|dir[aá]\w*|dira|respond\w*|contest\w*"
    r"|ecri\w*|appel\w*|recontact\w*|repond\w*|tiendr\w*|scriv\w*|chiam\w*|contatt\w*"
    r"|ricontatt\w*|rispond\w*|aggiorn\w*|mailt|belt|schrijft|contacteert|informeert|mailen"
    r"|bellen|schrijven|escrev\w*|lig\w*|contat\w*|fal\w*|schreib\w*|ruft|rufen|kontaktier\w*"
    r"|antwort\w*|melde\w*)"
)
# "We inform you that your order is booked" states something: a that-clause is no hand-over.
_NOT_THAT = r"(?!\s+(?:de\s+)?(?:que|that|dass|che|dat|qu'))"
TELLS_YOU = family(
    _TELL + r"\s+(?:\S+\s+){0,6}?(?:you|je|u|jullie|ihnen|dir|euch|voce|voces|contigo)" + _NOT_THAT,
    r"(?:te|os|le|les|vous|vi|ti|lhe|lhes)\s+(?:va\s+a\s+|vai\s+|va\s+)?" + _TELL + _NOT_THAT,
    r"(?:hear|hoor\w*)\s+(?:\S+\s+){0,2}?(?:from|van|via)\s",
    r"(?:laat|laten)\s+(?:\S+\s+){0,2}?(?:je|u|jullie)\s+(?:\S+\s+){0,2}?weten",
    r"(?:falar|fala)\s+com\s+(?:voce|voces|o\s+senhor|a\s+senhora)|(?:equipe|equipa|time)\s+"
    r"(?:\S+\s+){0,3}?avis\w*|(?:en|in|em)\s+contact[oe]?\s+con(?:tigo|\s+(?:usted|vos))",
    r"(?:be|get)\s+in\s+touch\s+with\s+you|sich\s+(?:\S+\s+){0,4}?bei\s+(?:ihnen|dir|euch)",
)
