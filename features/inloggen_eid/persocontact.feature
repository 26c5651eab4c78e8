# language: nl
@inloggen_eid @persocontact @pcsc
Functionaliteit: Inloggen op PersoContact met de elektronische identiteitskaart
  Dezelfde vier stappen brengen je via CSAM ook in PersoContact.

  Scenario: Aanmelden op PersoContact met de eID-kaart
    Gegeven ik ben Emma Claes met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf rechtstreeks naar PersoContact
    Als ik klik op "Ik werk voor een andere federale overheidsdienst"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    Dan toont de eID-software het certificaat van "Emma Claes"
    Als ik klik op "OK"
    En ik mijn PIN-code ingeef
    En ik klik op "OK"
    Dan zie ik het scherm "startpagina van PersoContact na aanmelding" en leg ik het vast als "eid-pc-ingelogd"
    En ben ik aangemeld op PersoContact als "Emma Claes"
