# language: nl
@itsme_account @pcsc
Functionaliteit: Een itsme-account aanmaken met de eID
  Wie nog geen itsme-account heeft, maakt er een aan met de identiteitskaart (eID), de pincode,
  een kaartlezer met de eID-software en een smartphone. Het contract wordt met de
  handtekeningsleutel van de eID getekend; de itsme-app krijgt het identificatietoken en een
  controlecode per sms van 8836.

  Achtergrond:
    Gegeven ik ben Lotte Verstraeten met mijn eID-kaart en een kaartlezer
    En ik ben Lotte Verstraeten zonder itsme-account
    En mijn smartphone heeft de sim-kaart van mijn gsm-nummer
    En ik surf rechtstreeks naar PersoSelfService

  Scenario: Het account aanmaken in acht stappen en daarna aanmelden via itsme
    Als ik op de smartphone de App Store open bij itsme
    Dan zie ik op de smartphone het scherm "itsme in de App Store" en leg ik het vast als "itsme-account-app-store"
    Als ik op de smartphone klik op "Installeer"
    Dan zie ik op de smartphone het scherm "welkomstscherm van de itsme-app"
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "Je itsme-account aanmaken"
    En ik mijn gsm-nummer en mijn e-mailadres ingeef
    Dan zie ik het scherm "registratieformulier van itsme" en leg ik het vast als "itsme-account-gegevens"
    Als ik klik op "Verder"
    En ik mijn eID-kaart in de kaartlezer steek
    Dan zie ik het scherm "contract van itsme" en leg ik het vast als "itsme-account-contract"
    Als ik klik op "Teken met mijn eID"
    Dan zie ik het scherm "certificaatkeuze van de eID-software" en leg ik het vast als "itsme-account-certificaat"
    En toont de eID-software het handtekeningcertificaat van "Lotte Verstraeten"
    Als ik klik op "OK"
    En ik mijn PIN-code ingeef
    Dan zie ik het scherm "PIN-venster van de eID-software" en leg ik het vast als "itsme-account-pincode"
    Als ik klik op "OK"
    Dan zie ik het scherm "identificatietoken op de computer" en leg ik het vast als "itsme-account-token"
    Als ik op de smartphone klik op "Account aanmaken"
    En ik op de smartphone mijn gsm-nummer in de itsme-app ingeef
    Dan zie ik op de smartphone het scherm "gsm-nummer in de itsme-app" en leg ik het vast als "itsme-account-app-gsm"
    Als ik op de smartphone klik op "Verder"
    En ik op de smartphone het identificatietoken van mijn computer overneem
    Dan zie ik op de smartphone het scherm "identificatietoken in de itsme-app" en leg ik het vast als "itsme-account-app-token"
    Als ik op de smartphone klik op "Verder"
    En ik op de smartphone de sms van 8836 bekijk
    Dan zie ik op de smartphone het scherm "sms-melding op de smartphone" en leg ik het vast als "itsme-account-sms"
    Als ik terugga naar de itsme-app
    En ik op de smartphone de controlecode uit de sms ingeef
    Dan zie ik op de smartphone het scherm "controlecode in de itsme-app" en leg ik het vast als "itsme-account-app-controlecode"
    Als ik op de smartphone klik op "Bevestig"
    En ik op de smartphone "47185" als nieuwe itsme-code kies
    Dan zie ik op de smartphone het scherm "itsme-code kiezen in de itsme-app" en leg ik het vast als "itsme-account-app-code"
    Als ik op de smartphone klik op "Bevestig"
    En ik op de smartphone de nieuwe itsme-code "47185" herhaal
    En ik op de smartphone klik op "Bevestig"
    Dan zie ik op de smartphone het scherm "vingerafdruk of gezichtsherkenning in de itsme-app" en leg ik het vast als "itsme-account-app-biometrie"
    Als ik op de smartphone klik op "Niet nu"
    Dan zie ik op de smartphone het scherm "aangemaakte digitale identiteit in de itsme-app" en leg ik het vast als "itsme-account-aangemaakt"
    Als ik daarna naar PersoSelfService surf
    En ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    En ik de itsme-app open op mijn smartphone
    Dan zie ik op de smartphone het scherm "aanvraag in de itsme-app"
    Als ik op de smartphone klik op "Aanmelden"
    En ik op de smartphone de itsme-code "47185" ingeef
    En ik op de smartphone klik op "Bevestig"
    Dan zie ik op de smartphone het scherm "bevestigd in de itsme-app"
    Als er 2 seconden voorbijgaan
    Dan ben ik aangemeld op PersoSelfService als "Lotte Verstraeten"

  Scenario: Met het nieuwe itsme-account aanmelden op PersoContact
    Gegeven ik heb mijn itsme-account aangemaakt met de itsme-code "47185"
    Als ik daarna naar PersoContact surf
    En ik klik op "Ik werk voor een andere federale overheidsdienst"
    En ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    En ik de itsme-app open op mijn smartphone
    En ik op de smartphone klik op "Aanmelden"
    En ik op de smartphone de itsme-code "47185" ingeef
    En ik op de smartphone klik op "Bevestig"
    Dan zie ik op de smartphone het scherm "bevestigd in de itsme-app"
    Als er 2 seconden voorbijgaan
    Dan ben ik aangemeld op PersoContact als "Lotte Verstraeten"
