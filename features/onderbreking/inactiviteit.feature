# language: nl
@onderbreking @persoselfservice
Functionaliteit: Onderbreking van de verbinding met PersoSelfService na 20 minuten inactiviteit
  Als personeelslid dat in PersoSelfService werkt
  wil ik kort voor het einde van mijn sessie gewaarschuwd worden en haar kunnen verlengen,
  en me na een onderbreking opnieuw kunnen aanmelden,
  zodat niemand anders mijn gegevens ziet op een computer die ik onbeheerd achterliet.

  Inactiviteit is: geen enkele aanvraag aan PersoSelfService. Een andere pagina openen en
  op "OK" klikken tellen als activiteit; de muis bewegen of scrollen niet (zoals in PeopleSoft).

  Achtergrond:
    Gegeven ik ben An Peeters met de itsme-app op mijn smartphone
    En ik surf rechtstreeks naar PersoSelfService
    Als ik klik op "Aanmelden/Connexion"
    En ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    En ik de itsme-app open op mijn smartphone
    En ik op de smartphone klik op "Aanmelden"
    En ik op de smartphone mijn itsme-code ingeef
    En ik op de smartphone klik op "Bevestig"
    En er 2 seconden voorbijgaan
    Dan ben ik aangemeld op PersoSelfService als "An Marie Peeters"

  Scenario: De waarschuwing verschijnt na 18 minuten inactiviteit, 2 minuten voor het einde
    Als er 17 minuten voorbijgaan
    Dan zie ik geen waarschuwing dat mijn sessie verloopt
    Als er 30 seconden voorbijgaan
    Dan zie ik geen waarschuwing dat mijn sessie verloopt
    Als er 30 seconden voorbijgaan
    Dan zie ik het scherm "waarschuwing van PersoSelfService dat de sessie verloopt" en leg ik het vast als "onderbreking-waarschuwing"

  Scenario: Met "OK" verleng ik de sessie
    Als er 18 minuten voorbijgaan
    Dan zie ik het scherm "waarschuwing van PersoSelfService dat de sessie verloopt"
    Als ik in de waarschuwing op "OK" klik
    Dan zie ik geen waarschuwing dat mijn sessie verloopt
    Als er 17 minuten voorbijgaan
    Dan zie ik geen waarschuwing dat mijn sessie verloopt
    Als er 1 minuut voorbijgaat
    Dan zie ik het scherm "waarschuwing van PersoSelfService dat de sessie verloopt"
    Als er 1 minuut voorbijgaat
    Dan zie ik het scherm "waarschuwing van PersoSelfService dat de sessie verloopt"
    Als ik de pagina vernieuw
    Dan ben ik aangemeld op PersoSelfService als "An Marie Peeters"
    En zie ik geen waarschuwing dat mijn sessie verloopt

  Scenario: Een andere pagina openen start de 20 minuten opnieuw
    Als er 10 minuten voorbijgaan
    En ik klik op "Loonbrieven"
    Dan zie ik het scherm "pagina Loonbrieven van PersoSelfService"
    Als er 12 minuten voorbijgaan
    Dan zie ik het scherm "pagina Loonbrieven van PersoSelfService"
    En zie ik geen waarschuwing dat mijn sessie verloopt
    Als er 5 minuten voorbijgaan
    Dan zie ik geen waarschuwing dat mijn sessie verloopt
    Als er 1 minuut voorbijgaat
    Dan zie ik het scherm "waarschuwing van PersoSelfService dat de sessie verloopt"

  Scenario: Na 20 minuten inactiviteit meld ik me opnieuw aan via "Aanmelden bij PeopleSoft"
    Als er 18 minuten voorbijgaan
    Dan zie ik het scherm "waarschuwing van PersoSelfService dat de sessie verloopt"
    Als er 2 minuten voorbijgaan
    Dan zie ik het scherm "melding van PersoSelfService dat de sessie verlopen is" en leg ik het vast als "onderbreking-verlopen"
    Als ik klik op "Aanmelden bij PeopleSoft"
    Dan zie ik het scherm "sleutelkeuze van CSAM"
    Als ik klik op "AANMELDEN via itsme"
    En ik mijn gsm-nummer ingeef
    En ik klik op "Verstuur"
    En ik de itsme-app open op mijn smartphone
    En ik op de smartphone klik op "Aanmelden"
    En ik op de smartphone mijn itsme-code ingeef
    En ik op de smartphone klik op "Bevestig"
    En er 2 seconden voorbijgaan
    Dan zie ik het scherm "startpagina van PersoSelfService na aanmelding"
    En ben ik aangemeld op PersoSelfService als "An Marie Peeters"

  Scenario: Te laat op "OK": de sessie verliep terwijl mijn computer sliep
    Als er 18 minuten voorbijgaan
    Dan zie ik het scherm "waarschuwing van PersoSelfService dat de sessie verloopt"
    Als mijn computer 5 minuten in slaapstand staat
    Dan zie ik het scherm "waarschuwing van PersoSelfService dat de sessie verloopt"
    Als ik in de waarschuwing op "OK" klik
    Dan zie ik het scherm "melding van PersoSelfService dat de sessie verlopen is"
    Als ik klik op "Aanmelden bij PeopleSoft"
    Dan zie ik het scherm "sleutelkeuze van CSAM"

  Scenario: Een pagina openen na het einde van de sessie leidt naar de melding
    Als mijn computer 25 minuten in slaapstand staat
    Dan zie ik geen waarschuwing dat mijn sessie verloopt
    Als ik klik op "Loonbrieven"
    Dan zie ik het scherm "melding van PersoSelfService dat de sessie verlopen is"

  @storing
  Scenario: Antwoordt PersoSelfService niet op "OK", dan blijft de waarschuwing staan
    Als er 18 minuten voorbijgaan
    En PersoSelfService in onderhoud gaat
    En ik klik op "OK"
    Dan zie ik het scherm "waarschuwing van PersoSelfService dat de sessie niet verlengd werd"
    Als PersoSelfService weer beschikbaar is
    En ik in de waarschuwing op "OK" klik
    Dan zie ik geen waarschuwing dat mijn sessie verloopt
    Als er 19 minuten voorbijgaan
    Dan zie ik het scherm "waarschuwing van PersoSelfService dat de sessie verloopt"
