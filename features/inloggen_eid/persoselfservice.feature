# language: nl
@inloggen_eid @persoselfservice @pcsc
Functionaliteit: Inloggen op PersoSelfService met de elektronische identiteitskaart
  Om in te loggen heb je een computer met internetverbinding nodig, je identiteitskaart (eID),
  je pincode, een kaartlezer en de eID-software. CSAM laat de kaart een uitdaging ondertekenen
  en controleert de handtekening, het certificaat en of het niet ingetrokken of verlopen is.

  Achtergrond:
    Gegeven ik ben An Peeters met mijn eID-kaart en een kaartlezer
    En ik surf rechtstreeks naar PersoSelfService

  Scenario: Aanmelden met de eID-kaart in vier stappen
    Als ik klik op "Aanmelden/Connexion"
    Dan zie ik het scherm "sleutelkeuze van CSAM" en leg ik het vast als "eid-sleutelkeuze"
    Als ik klik op "AANMELDEN met eID kaartlezer"
    Dan zie ik het scherm "eID-aanmelding van CSAM"
    Als ik mijn eID-kaart in de kaartlezer steek
    Dan zie ik het scherm "eID-aanmelding van CSAM" en leg ik het vast als "eid-kaart-insteken"
    Als ik klik op "Aanmelden"
    Dan zie ik het scherm "certificaatkeuze van de eID-software" en leg ik het vast als "eid-certificaat"
    En toont de eID-software het certificaat van "An Peeters"
    Als ik klik op "OK"
    En ik mijn PIN-code ingeef
    Dan zie ik het scherm "PIN-venster van de eID-software" en leg ik het vast als "eid-pincode"
    Als ik klik op "OK"
    Dan zie ik het scherm "startpagina van PersoSelfService na aanmelding" en leg ik het vast als "eid-pss-ingelogd"
    En ben ik aangemeld op PersoSelfService als "An Marie Peeters"

  Scenario: Een verkeerde PIN-code, daarna de juiste
    Gegeven mijn eID-kaart zit in de kaartlezer
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met eID kaartlezer"
    En ik klik op "Aanmelden"
    En ik klik op "OK"
    En ik de PIN-code "0000" ingeef
    En ik klik op "OK"
    Dan zie ik het scherm "PIN-venster van de eID-software" en leg ik het vast als "eid-pincode-fout"
    En meldt de eID-software "Verkeerde PIN-code. Je hebt nog 2 pogingen."
    Als ik mijn PIN-code ingeef
    En ik klik op "OK"
    Dan ben ik aangemeld op PersoSelfService als "An Marie Peeters"
