# language: nl
@itsme_account @pcsc
Functionaliteit: Wat er mis kan gaan bij het aanmaken van een itsme-account
  Elke fout krijgt een duidelijke melding en er gaat niets verloren: wie een verkeerd gegeven
  ingeeft, kan het verbeteren; een kaart die niet kan tekenen, wordt geweigerd.

  Scenario: Een ongeldig gsm-nummer
    Gegeven ik ben Lotte Verstraeten zonder itsme-account
    En ik surf naar de registratiesite van itsme
    Als ik het gsm-nummer "0312 34 56 78" en mijn e-mailadres ingeef
    En ik klik op "Verder"
    Dan zie ik het scherm "registratieformulier van itsme" en leg ik het vast als "itsme-account-gsm-ongeldig"
    En meldt de registratiesite "Dit is geen geldig Belgisch gsm-nummer. Een Belgisch gsm-nummer begint met 04 en telt 10 cijfers, bijvoorbeeld 0470 12 34 56."

  Scenario: Een gsm-nummer dat al een itsme-account heeft
    Gegeven ik ben Lotte Verstraeten zonder itsme-account
    En ik surf naar de registratiesite van itsme
    Als ik het gsm-nummer "0470 12 34 56" en mijn e-mailadres ingeef
    En ik klik op "Verder"
    Dan zie ik het scherm "registratieformulier van itsme"
    En meldt de registratiesite "Dit gsm-nummer heeft al een itsme-account. Meld je aan met itsme, of geef een ander gsm-nummer in."

  Scenario: Het ondertekenen van het contract annuleren
    Gegeven ik ben Lotte Verstraeten met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf naar de registratiesite van itsme
    Als ik mijn gsm-nummer en mijn e-mailadres ingeef
    En ik klik op "Verder"
    En ik klik op "Teken met mijn eID"
    En ik klik op "Annuleren"
    Dan zie ik het scherm "contract van itsme"
    En meldt de registratiesite "Je hebt het ondertekenen geannuleerd. Het contract is niet getekend."

  Scenario: Een kaart met ingetrokken certificaten
    Gegeven ik ben Bram Janssens met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf naar de registratiesite van itsme
    Als ik mijn gsm-nummer en mijn e-mailadres ingeef
    En ik klik op "Verder"
    En ik klik op "Teken met mijn eID"
    En ik klik op "OK"
    En ik mijn PIN-code ingeef
    En ik klik op "OK"
    Dan zie ik het scherm "contract van itsme" en leg ik het vast als "itsme-account-kaart-ingetrokken"
    En meldt de registratiesite "De certificaten van deze eID zijn ingetrokken. Met deze kaart kan je geen itsme-account aanmaken."

  Scenario: Een kaart met verlopen certificaten
    Gegeven ik ben Chloé Dubois met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf naar de registratiesite van itsme
    Als ik het gsm-nummer "0479 00 11 22" en mijn e-mailadres ingeef
    En ik klik op "Verder"
    En ik klik op "Teken met mijn eID"
    En ik klik op "OK"
    En ik mijn PIN-code ingeef
    En ik klik op "OK"
    Dan zie ik het scherm "contract van itsme"
    En meldt de registratiesite "De certificaten van deze eID zijn verlopen. Vraag een nieuwe identiteitskaart aan bij je gemeente."

  Scenario: Een verkeerde PIN-code, daarna de juiste
    Gegeven ik ben Lotte Verstraeten met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf naar de registratiesite van itsme
    Als ik mijn gsm-nummer en mijn e-mailadres ingeef
    En ik klik op "Verder"
    En ik klik op "Teken met mijn eID"
    En ik klik op "OK"
    En ik de PIN-code "0000" ingeef
    En ik klik op "OK"
    Dan zie ik het scherm "PIN-venster van de eID-software"
    En meldt de eID-software "Verkeerde PIN-code. Je hebt nog 2 pogingen."
    Als ik mijn PIN-code ingeef
    En ik klik op "OK"
    Dan zie ik het scherm "identificatietoken op de computer"

  Scenario: Drie keer een verkeerde PIN-code blokkeert de kaart
    Gegeven ik ben Lotte Verstraeten met mijn eID-kaart en een kaartlezer
    En mijn eID-kaart zit in de kaartlezer
    En ik surf naar de registratiesite van itsme
    Als ik mijn gsm-nummer en mijn e-mailadres ingeef
    En ik klik op "Verder"
    En ik klik op "Teken met mijn eID"
    En ik klik op "OK"
    En ik de PIN-code "0000" ingeef
    En ik klik op "OK"
    En ik de PIN-code "0001" ingeef
    En ik klik op "OK"
    En ik de PIN-code "0002" ingeef
    En ik klik op "OK"
    Dan zie ik het scherm "contract van itsme"
    En meldt de registratiesite "De pincode van je eID is geblokkeerd. Deblokkeer ze met je PUK-code bij je gemeente."
