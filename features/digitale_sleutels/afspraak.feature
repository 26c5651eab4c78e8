# language: nl
@digitale_sleutels @persoselfservice
Functionaliteit: Digitale sleutels aanvragen bij een registratiekantoor
  Als personeelslid zonder eID-kaartlezer en zonder itsme
  wil ik bij een registratiekantoor digitale sleutels laten aanmaken
  zodat ik me daarmee kan aanmelden op PersoSelfService en PersoContact.

  Achtergrond:
    Gegeven ik ben Fatima El Amrani zonder eID-kaartlezer en zonder itsme

  Scenario: Van de afspraak tot aanmelden met de tokenkaart
    Gegeven ik open de pagina over PersoSelfService op de site van de FOD BOSA
    Als ik klik op "Digitale sleutels aanvragen"
    Dan zie ik het scherm "pagina over digitale sleutels van de FOD BOSA" en leg ik het vast als "sleutels-bosa"
    Als ik klik op "Maak een afspraak"
    Dan zie ik het scherm "registratiekantoren" en leg ik het vast als "sleutels-kantoren"
    Als ik het registratiekantoor "FOD BOSA" kies
    En ik het eerste vrije moment kies
    En ik het afspraakformulier invul met mijn paspoort
    Dan zie ik het scherm "afspraakformulier van het registratiekantoor" en leg ik het vast als "sleutels-afspraak"
    Als ik klik op "Afspraak bevestigen"
    Dan zie ik het scherm "bevestiging van de afspraak" en leg ik het vast als "sleutels-afspraak-bevestigd"
    En krijg ik een referentie voor mijn afspraak
    Als de medewerker van het registratiekantoor mijn afspraak opent
    En de medewerker het nummer van mijn paspoort overtypt
    Dan zie ik het scherm "afspraak in de console van het registratiekantoor" en leg ik het vast als "sleutels-identiteit"
    Als de medewerker de identiteit controleert
    En de medewerker de sleutels aanmaakt voor mijn persoonlijk e-mailadres
    Dan zie ik het scherm "aangemaakte sleutels in de console van het registratiekantoor"
    Als ik de activatie-e-mail open in mijn mailbox
    Dan zie ik het scherm "e-mail in de mailbox" en leg ik het vast als "sleutels-activatie-mail"
    Als ik de activatielink volg
    En ik mijn gebruikersnaam en wachtwoord kies
    Dan zie ik het scherm "mijn digitale sleutels"
    Als ik klik op "Tokenkaart aanmaken"
    Dan zie ik het scherm "tokenkaart" en leg ik het vast als "sleutels-tokenkaart"
    Als ik de codes van mijn tokenkaart bewaar
    En ik daarna naar PersoSelfService surf
    En ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN met beveiligingscode via token"
    En ik me aanmeld met mijn gebruikersnaam en wachtwoord
    En ik de gevraagde code van mijn tokenkaart ingeef
    En ik klik op "Aanmelden"
    Dan ben ik aangemeld op PersoSelfService als "Fatima El Amrani"

  Scenario: Een activatielink werkt maar één keer
    Gegeven ik open de pagina over digitale sleutels van de FOD BOSA
    Als ik klik op "Maak een afspraak"
    En ik het registratiekantoor "FOD BOSA" kies
    En ik het eerste vrije moment kies
    En ik het afspraakformulier invul met mijn paspoort
    En ik klik op "Afspraak bevestigen"
    Dan krijg ik een referentie voor mijn afspraak
    Als de medewerker van het registratiekantoor mijn afspraak opent
    En de medewerker het nummer van mijn paspoort overtypt
    En de medewerker de identiteit controleert
    En de medewerker de sleutels aanmaakt voor mijn persoonlijk e-mailadres
    En ik de activatie-e-mail open in mijn mailbox
    En ik de activatielink volg
    En ik mijn gebruikersnaam en wachtwoord kies
    En ik de activatielink opnieuw open
    Dan zie ik het scherm "melding dat de activatielink al gebruikt werd"

  Scenario: Een activatielink verloopt na 7 dagen
    Gegeven ik open de pagina over digitale sleutels van de FOD BOSA
    Als ik klik op "Maak een afspraak"
    En ik het registratiekantoor "FOD BOSA" kies
    En ik het eerste vrije moment kies
    En ik het afspraakformulier invul met mijn paspoort
    En ik klik op "Afspraak bevestigen"
    Dan krijg ik een referentie voor mijn afspraak
    Als de medewerker van het registratiekantoor mijn afspraak opent
    En de medewerker het nummer van mijn paspoort overtypt
    En de medewerker de identiteit controleert
    En de medewerker de sleutels aanmaakt voor mijn persoonlijk e-mailadres
    En er 10081 minuten voorbijgaan
    En ik de activatie-e-mail open in mijn mailbox
    En ik de activatielink volg
    Dan zie ik het scherm "melding dat de activatielink verlopen is"

  Scenario: Een identiteitsdocument dat niet overeenkomt wordt geweigerd
    Gegeven ik open de pagina over digitale sleutels van de FOD BOSA
    Als ik klik op "Maak een afspraak"
    En ik het registratiekantoor "FOD BOSA" kies
    En ik het eerste vrije moment kies
    En ik het afspraakformulier invul met mijn paspoort
    En ik klik op "Afspraak bevestigen"
    Dan krijg ik een referentie voor mijn afspraak
    Als de medewerker van het registratiekantoor mijn afspraak opent
    En de medewerker het documentnummer "EN999999" overtypt
    En de medewerker de identiteit controleert
    Dan zie ik het scherm "melding dat het identiteitsdocument niet overeenkomt" en leg ik het vast als "sleutels-identiteit-geweigerd"
