# language: nl
@digitale_sleutels @persoselfservice
Functionaliteit: Fouten bij het aanmelden met digitale sleutels
  Als personeelslid met digitale sleutels
  wil ik bij elke fout een duidelijke melding krijgen
  zodat ik weet wat ik moet doen om me toch aan te melden.

  Achtergrond:
    Gegeven ik ben Fatima El Amrani met digitale sleutels
    En ik surf rechtstreeks naar PersoSelfService

  Scenario: Een fout wachtwoord wordt geweigerd
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met beveiligingscode via token"
    En ik me aanmeld met een fout wachtwoord
    Dan zie ik het scherm "melding van CSAM dat gebruikersnaam of wachtwoord niet juist is" en leg ik het vast als "sleutels-fout-wachtwoord"

  Scenario: Een foute beveiligingscode uit de e-mail wordt geweigerd
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met beveiligingscode via e-mail"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik een foute beveiligingscode ingeef
    En ik klik op "Aanmelden"
    Dan zie ik het scherm "melding van CSAM dat de beveiligingscode niet juist is"

  Scenario: Een beveiligingscode uit de e-mail verloopt na 10 minuten
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met beveiligingscode via e-mail"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En er 10 minuten voorbijgaan
    En ik de beveiligingscode uit mijn e-mail ingeef
    En ik klik op "Aanmelden"
    Dan zie ik het scherm "melding van CSAM dat de beveiligingscode verlopen is" en leg ik het vast als "sleutels-code-verlopen"
    Als ik klik op "Stuur me een nieuwe code"
    En ik de beveiligingscode uit mijn e-mail ingeef
    En ik klik op "Aanmelden"
    Dan ben ik aangemeld op PersoSelfService als "Fatima El Amrani"

  Scenario: Een beveiligingscode uit de e-mail werkt maar één keer
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met beveiligingscode via e-mail"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik de beveiligingscode uit mijn e-mail ingeef
    En ik klik op "Aanmelden"
    Dan ben ik aangemeld op PersoSelfService als "Fatima El Amrani"
    Als ik klik op "Afmelden"
    En ik klik op "Opnieuw aanmelden"
    En ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met beveiligingscode via e-mail"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik de vorige beveiligingscode uit mijn e-mail ingeef
    En ik klik op "Aanmelden"
    Dan zie ik het scherm "melding van CSAM dat de beveiligingscode al gebruikt werd"

  Scenario: Is de mailserver onbereikbaar, dan komt de code zodra hij terug is
    Gegeven Mailbox is onbereikbaar
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met beveiligingscode via e-mail"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    Dan zie ik het scherm "melding van CSAM dat de e-mail later verstuurd wordt" en leg ik het vast als "sleutels-mail-later"
    Als Mailbox weer beschikbaar is
    En ik de beveiligingscode uit mijn e-mail ingeef
    En ik klik op "Aanmelden"
    Dan ben ik aangemeld op PersoSelfService als "Fatima El Amrani"

  Scenario: Een code van de authenticator-app van 2 minuten geleden wordt geweigerd
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met beveiligingscode via mobiele app"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik de code aflees in de authenticator-app op mijn smartphone
    En er 2 minuten voorbijgaan
    En ik de code van de authenticator-app ingeef
    En ik klik op "Aanmelden"
    Dan zie ik het scherm "melding van CSAM dat de beveiligingscode niet juist is"

  Scenario: Een foute code van de tokenkaart wordt geweigerd
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met beveiligingscode via token"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik een foute code van mijn tokenkaart ingeef
    En ik klik op "Aanmelden"
    Dan zie ik het scherm "melding van CSAM dat de beveiligingscode niet juist is" en leg ik het vast als "sleutels-foute-code"

  Scenario: Na 5 fouten is het account geblokkeerd
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met beveiligingscode via token"
    En ik me 2 keer aanmeld met een fout wachtwoord
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik 3 keer een foute beveiligingscode bevestig
    Dan zie ik het scherm "melding van CSAM dat het account geblokkeerd is" en leg ik het vast als "sleutels-geblokkeerd"
