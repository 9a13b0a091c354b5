"""States and acts that are fulfilment only when said of something we deliver.

"Available", "created", "arrives", "leaves our warehouse", "can log in", "completed": said of
licences, hardware, an environment or credentials (nouns.FULFIL_OBJECT) they report a
delivery; said of a meeting or a person they do not. The boundary's timing rule
(agent.boundary.timing) reads them only next to such an object.
"""

from __future__ import annotations

from agent.lexicon.nouns import words

# States that are fulfilment only when said of something we deliver, not of a person.
AVAILABLE = words(
    r"""
    available verfugbar disponibles? disponibil\w* beschikbaar disponive\w*
    ready bereit\w* einsatzbereit betriebsbereit startklar prete?s? operationnel\w* listos?
    listas? pront[oa]s? operativ[oaie]s? operacion\w* operaciona\w* klaar gereed in\s+place
    en\s+place pa\s+plats up\s+and\s+running
    """
)

# Creating accounts or environments is provisioning: "accounts worden aangemaakt".
CREATE = words(
    r"""
    created raised set\s+up aangemaakt angelegt cri(?:amos|ado|ada|ei|ou) eingerichtet crees?
    creadas? creados? creat[ieao] criad[oa]s? configur\w* aanmaken anlegen
    """
)

# Arriving, using, finishing: fulfilment only when said of something we deliver
# ("the hardware arrives", "your team can access the environment", "the migration is done").
ARRIVE = words(
    r"""
    ankomm\w* ankommt ankunft eintreff\w* eintrifft llega\w* llegar\w* chega\w* chegar\w* aankom\w*
    komt\s+aan arriv\w* ankommer kommer\s+frem dorazi\w* dotr\w* dotar\w* (?:be|is|are)\s+with\s+you
    bei\s+ihnen\s+(?:sein|ist|sind|stehen) (?:stehen|steht|sind|ist)\s+(?:\S+\s+){0,6}?bei\s+ihnen
    chez\s+vous da\s+voi bij\s+(?:u|jullie) convosco con\s+ustedes hos\s+(?:jer|dere|er)
    in\s+your\s+hands
    in\s+ihren\s+handen entre\s+vos\s+mains nelle\s+vostre\s+mani in\s+uw\s+handen
    nas\s+vossas\s+maos krijgt\s+u ontvangt\s+u u\s+ontvangt ontvangen\s+jullie
    (?:you\s+will|you'll)\s+(?:get|receive|have) erhalten\s+sie bekommen\s+sie kriegen\s+sie
    recevrez recibiran riceverete receberao vao\s+receber
    """
)

# Goods leaving us: "leave our warehouse", "gehen bei uns raus", "part de notre entrepôt".
DEPART = words(
    r"""
    de\s+deur\s+uit leaves? leaving left\s+our geh\w*\s+(?:\S+\s+){0,5}?raus rausgeh\w* verlass\w*
    part(?:ent|ira|iront)?(?=\s+(?:de|du|d'|des|depuis|aujourd'hui|demain|cette|ce|la|le))
    sal(?:e|en|dra|dran)\s+(?:de|desde|del|hoy|manana|esta|el)
    part(?:e|ono)\s+(?:dal|dalla|oggi|domani|con|il)
    sa(?:i|em|ira|irao)\s+(?:do|da|de|hoje|amanha|esta|na|no) vertrek\w* verlaat verlaten
    """
)

USE = words(
    r"""
    zugreifen zugriff access\w* acced\w* aced\w* acess\w* inlogg\w* einlogg\w* anmeld\w* log\s+in
    arbeiten work\s+(?:with|in|on) use using nutzen utilis\w* utiliz\w* usa(?:r|ndo|re) gebruik\w*
    werken brug\w* bruk\w* travailler trabajar lavorare trabalhar anvand\w* uzyw\w* korzyst\w*
    pouziv\w* connect\w* se\s+connecter conect\w* collegar\w* colleg(?:arsi|atevi)
    """
)

DONE = words(
    r"""
    afgerond abgeschlossen fertiggestellt termine\w* achev\w* finalis\w* finaliz\w* conclu\w*
    completed? complete\s+by terminad\w* ultimat\w* voltooid concluid\w* ferdig\w* faerdig\w*
    dokoncen\w* finished
    """
)

# Meetings and people being "available" are not deliveries.
MEETING = words(
    r"""
    calls? meetings? chat talk discuss\w* questions? gesprach\w* telefonat\w* ruckfragen appel
    reunion echange llamada reunion chiamata riunione gesprek afspraak vragen reuniao chamada
    duvidas? dudas? domande
    """
)
