# VINR Portal: Deutsch.

## Rahmen des Portals
layout-return = Zurück zu { $merchant }
layout-footer-links = Hilfe und Rechtliches
layout-support = Hilfe
layout-privacy = Datenschutzerklärung
layout-terms = Nutzungsbedingungen
layout-sign-out = Abmelden
layout-powered-by = Bereitgestellt von VINR Portal
layout-language = Sprache
layout-language-apply = Sprache wechseln

## Übersicht
overview-title = Abrechnung — { $merchant }
overview-heading = Abrechnung
overview-no-subscription = Sie haben noch kein Abonnement.
overview-payment-failed = Ihre letzte Zahlung ist fehlgeschlagen. Wir versuchen es automatisch erneut – bitte prüfen Sie, ob Ihre Zahlungsmethode noch aktuell ist.
overview-update-payment-method = Zahlungsmethode aktualisieren
overview-current-plan = Aktueller Tarif
overview-payment-method = Zahlungsmethode
overview-no-payment-method = Keine Zahlungsmethode hinterlegt
overview-manage-payment-methods = Zahlungsmethoden verwalten
overview-billing-details = Rechnungsdaten
overview-edit-billing-details = Rechnungsdaten bearbeiten
overview-invoices = Rechnungen
overview-invoices-text = Frühere Rechnungen ansehen, offene bezahlen und als PDF herunterladen.
overview-view-invoices = Rechnungen ansehen
overview-activity = Aktivität
overview-activity-text = Sehen Sie, was sich in Ihrem Konto geändert hat, wann und durch wen.
overview-view-activity = Aktivität ansehen
overview-quantity = Anzahl: { $quantity }
overview-keep-current-plan = Aktuellen Tarif behalten
overview-change-plan = Tarif wechseln
overview-cancel-plan = Tarif kündigen
overview-pause-billing = Abrechnung pausieren
overview-pause-until-resumed = bis ich sie fortsetze
overview-pause-for-months = { $months ->
    [one] für { $months } Monat
   *[other] für { $months } Monate
}
overview-pause = Pausieren
overview-resume-billing = Abrechnung fortsetzen
overview-renew-plan = Tarif verlängern

## Hinweise nach einer Aktion
notice-plan-updated = Ihr Tarif wurde geändert.
notice-cancel-scheduled = Ihr Tarif endet zum Ende des Abrechnungszeitraums.
notice-canceled = Ihr Tarif wurde gekündigt.
notice-reactivated = Ihr Tarif verlängert sich wie gewohnt.
notice-offer-accepted = Angebot eingelöst. Schön, dass Sie bleiben!
notice-change-scheduled = Ihr Tarifwechsel erfolgt zum Ende des Abrechnungszeitraums.
notice-change-dropped = Sie behalten Ihren aktuellen Tarif.
notice-paused = Die Abrechnung ist pausiert. Solange sie pausiert ist, wird nichts abgebucht.
notice-resumed = Die Abrechnung läuft wieder.

## Ein Abonnement in der Übersicht
subscription-ended-on = Beendet am { $date }
subscription-cancels-on = Endet am { $date }
subscription-paused-period = Abrechnung pausiert; der Zeitraum endet am { $date }
subscription-renews-on = Verlängert sich am { $date }
subscription-changes-to = { $quantity ->
    [one] Wechselt am { $date } zu { $plan }
   *[other] Wechselt am { $date } zu { $quantity } × { $plan }
}
subscription-paused-until = Pausiert bis { $date }
subscription-paused = Pausiert
subscription-latest-invoice = Letzte Rechnung { $number } · { $date } · { $total } · { $status }
subscription-draft-number = (Entwurf)

## Status
status-trialing = Testphase
status-active = Aktiv
status-past-due = Überfällig
status-paused = Pausiert
status-canceled = Gekündigt
status-unpaid = Unbezahlt
invoice-status-paid = Bezahlt
invoice-status-open = Zahlung fällig
invoice-status-uncollectible = Unbezahlt
invoice-status-void = Storniert
invoice-status-draft = Entwurf

## Preise
price-per-month = { $count ->
    [one] { $amount } pro Monat
   *[other] { $amount } alle { $count } Monate
}
price-per-year = { $count ->
    [one] { $amount } pro Jahr
   *[other] { $amount } alle { $count } Jahre
}

## Tarif wechseln
common-back = Zurück
plan-title = Tarif wechseln — { $merchant }
plan-heading = Tarif wechseln
plan-current = Ihr aktueller Tarif: { $plan }.
plan-choose = Tarif auswählen
plan-current-badge = Aktueller Tarif
plan-quantity = Anzahl ({ $minimum } bis { $maximum })
plan-review = Änderung prüfen
plan-none = Es gibt keine anderen Tarife, zu denen Sie wechseln können.

## Gutscheine
discount-percent-off = { $percent } % Rabatt
discount-amount-off = { $amount } Rabatt
discount-once = einmalig
discount-forever = dauerhaft
discount-months = { $months ->
    [one] für { $months } Monat
   *[other] für { $months } Monate
}
discount-terms = { $off } { $duration }
discount-named = { $name }: { $terms }
discount-unknown = Rabatt

## Payment methods in a sentence
payment-method-brand = { $brand } •••• { $last4 }
payment-method-card = Karte
payment-method-sepa = SEPA-Lastschrift •••• { $last4 }
tax-id-generic = Steuernummer

## Invoice lines (written on the invoice in its customer's language)
line-item-quantity = { $quantity } × { $product }
line-unused-time = Nicht genutzte Zeit für { $item } ab { $date }
line-remaining-time = Verbleibende Zeit für { $item } ab { $date }
line-unused-credit = Restguthaben aus Rechnung { $number }

## Reviewing a plan change
review-title = Änderung prüfen — { $merchant }
review-heading = Ihre Änderung prüfen
review-from-to = Von { $current } zu { $new } ({ $terms }).
review-adjustments = Anpassungen für den laufenden Abrechnungszeitraum
review-charged-today = Heute werden { $amount } abgebucht.
review-next-invoice = Ihre nächste Rechnung am { $date } beträgt { $total }.
review-deferred = Sie behalten { $current } bis zum { $date }; erst dann gilt die Änderung, heute wird nichts berechnet. Ihre Rechnung am { $date } beträgt { $total }.
review-discount = Mit dieser Änderung erhalten Sie den Rabatt { $name } ({ $amount } weniger auf Ihrer nächsten Rechnung).
review-schedule = Änderung vormerken
review-confirm = Änderung bestätigen

## Invoices
invoices-title = Rechnungen — { $merchant }
invoices-heading = Rechnungen
invoices-empty = Sie haben noch keine Rechnungen.
invoices-section = Ihre Rechnungen
invoices-column-invoice = Rechnung
invoices-column-date = Datum
invoices-column-total = Betrag
invoices-column-status = Status
invoices-column-actions = Aktionen
invoices-pages = Rechnungsseiten
invoices-newer = Neuere
invoices-older = Ältere
invoice-pay-now = Jetzt bezahlen
invoice-title = Rechnung { $number } — { $merchant }
invoice-heading = Rechnung { $number }
invoice-paid-notice = Vielen Dank, die Rechnung ist bezahlt.
invoice-issued = Ausgestellt am { $date } · Zeitraum { $period }
invoice-period-range = { $start } – { $end }
invoice-from = Von
invoice-billed-to = Rechnung an
invoice-lines = Rechnungspositionen
invoice-description = Beschreibung
invoice-period = Zeitraum
invoice-quantity = Menge
invoice-amount = Betrag
invoice-subtotal = Zwischensumme
invoice-total = Gesamtbetrag
invoice-amount-paid = Bezahlt
invoice-amount-due = Offener Betrag
invoice-payment-method = Zahlungsmethode: { $method }
invoice-download = PDF herunterladen
invoice-badge-paid = Bezahlt
invoice-badge-open = Fällig
invoice-badge-void = Storniert
invoice-badge-uncollectible = Uneinbringlich
invoice-badge-draft = Entwurf
invoice-badge-processing = In Bearbeitung

## Messages after a refused action
error-session-ended = Ihre Sitzung ist abgelaufen. Bitte kehren Sie zur Website zurück und öffnen Sie das Kundenportal erneut.
error-not-found = Dieses Abonnement konnten wir nicht finden.
error-not-available = Dieser Tarif ist für Ihr Abonnement nicht verfügbar. Bitte wählen Sie einen anderen.
error-choose-plan = Bitte wählen Sie einen Tarif.
error-price-changed = Der Preis dieser Änderung hat sich seit Ihrer Prüfung geändert. Bitte sehen Sie sich die neuen Beträge an und bestätigen Sie erneut.
error-card-number = Ihre Kartennummer ist unvollständig oder ungültig. Bitte prüfen Sie sie.
error-card-expiry = Das Ablaufdatum Ihrer Karte ist unvollständig oder liegt in der Vergangenheit.
error-card-cvc = Die Prüfnummer Ihrer Karte ist unvollständig.
error-card-declined = Ihre Karte wurde abgelehnt. Bitte verwenden Sie eine andere Karte.
error-payment-method-missing = Diese Zahlungsmethode konnten wir nicht finden.
error-iban-invalid = Diese IBAN ist für SEPA-Lastschriften nicht gültig. Bitte prüfen Sie Land, Länge und Ziffern.
error-holder-name = Bitte geben Sie den Namen des Kontoinhabers ein.
error-card-postal-code = Bitte geben Sie die Postleitzahl der Rechnungsadresse Ihrer Karte ein.
error-holder-email = Bitte geben Sie eine gültige E-Mail-Adresse ein.
error-mandate-required = Bitte erteilen Sie das SEPA-Lastschriftmandat, um fortzufahren.
error-last-method = Dies ist Ihre einzige Zahlungsmethode, und ein Abonnement wird darüber abgerechnet. Fügen Sie zuerst eine weitere hinzu.
error-payment-failed = Die Zahlung ist nicht durchgegangen. Bitte prüfen Sie Ihre Karte oder fügen Sie eine andere hinzu.
error-server = Leider ist bei uns etwas schiefgegangen. Bitte versuchen Sie es noch einmal.

## The invoice PDF (the rest of its words are the invoice page's)
pdf-title = Rechnung
pdf-number = Rechnungsnummer
pdf-date-of-issue = Rechnungsdatum
pdf-billing-period = Abrechnungszeitraum
pdf-status = Status
pdf-paid-with = Bezahlt mit { $method }
pdf-page-of = Seite { $page } von { $pages }
pdf-privacy = Datenschutz: { $url }
pdf-terms = AGB: { $url }

## Receipt e-mails
receipt-subject = Ihre Zahlungsbestätigung von { $business } [{ $number }]
receipt-from = Zahlungsbestätigung von { $business }
receipt-heading = Zahlungsbestätigung für Rechnung { $number }
receipt-amount-paid = Bezahlter Betrag: { $amount }
receipt-invoice = Rechnung: { $number }
receipt-date = Datum: { $date }
receipt-total = Gesamtbetrag: { $total }
receipt-pdf = Rechnung als PDF: { $url }
receipt-questions = Fragen? { $contact }
receipt-paid-on = Bezahlt am { $date }
receipt-paid-on-with = Bezahlt am { $date } mit { $method }
receipt-download = Rechnung herunterladen (PDF)

## Cancelling
cancel-title = Tarif kündigen — { $merchant }
cancel-heading = Tarif kündigen
cancel-offer-heading = Bevor Sie gehen
cancel-offer-text = Bleiben Sie bei { $plan } und erhalten Sie { $offer }.
cancel-accept-offer = Angebot annehmen
cancel-decline-offer = Nein danke, weiter zur Kündigung
cancel-at-period-end = Ihr Tarif { $plan } wird zum { $date } gekündigt. Bis dahin können Sie ihn weiter nutzen und jederzeit vorher verlängern.
cancel-now-credited = Ihr Tarif { $plan } endet sofort. Die nicht genutzte Zeit wird Ihrer nächsten Rechnung gutgeschrieben.
cancel-now = Ihr Tarif { $plan } endet sofort.
cancel-reason = Warum kündigen Sie? (optional)
cancel-comment = Möchten Sie uns noch etwas mitteilen? (optional)
cancel-confirm = Tarif kündigen
cancel-keep = Tarif behalten
reason-too-expensive = Es ist zu teuer
reason-missing-features = Mir fehlen Funktionen
reason-switched-service = Ich wechsle zu einem anderen Anbieter
reason-unused = Ich nutze es zu selten
reason-customer-service = Der Kundenservice hat mich enttäuscht
reason-too-complex = Die Bedienung ist zu kompliziert
reason-low-quality = Die Qualität hat mich enttäuscht
reason-other = Ein anderer Grund

## Payment methods
payment-methods-title = Zahlungsmethoden — { $merchant }
payment-methods-heading = Zahlungsmethoden
payment-methods-empty = Sie haben noch keine Zahlungsmethode hinterlegt.
payment-methods-due = Zahlung fällig
payment-methods-debit-on-its-way = Ihre Lastschrift ist unterwegs; bis Ihre Bank antwortet, ist nichts zu tun
payment-methods-confirm-asked = Ihre Bank bittet Sie, diese Zahlung zu bestätigen
payment-methods-confirm = Zahlung bestätigen
payment-methods-yours = Ihre Karten
payment-methods-add-card = Karte hinzufügen
payment-methods-card-number = Kartennummer
payment-methods-card-brand = Kartenmarke: { $brand }
payment-methods-expiry = Gültig bis (MM/JJ)
payment-methods-cvc = Prüfnummer
payment-methods-name-on-card = Name auf der Karte
payment-methods-postal-code = Postleitzahl der Rechnungsadresse
payment-methods-use-as-default = Als Standard-Zahlungsmethode verwenden
payment-methods-add-card-button = Karte hinzufügen
payment-methods-add-bank = Bankkonto hinzufügen (SEPA-Lastschrift)
payment-methods-holder-name = Name des Kontoinhabers
payment-methods-email = E-Mail
payment-methods-accept-mandate = Ich erteile das SEPA-Lastschriftmandat
payment-methods-add-bank-button = Bankkonto hinzufügen
payment-methods-needs-javascript = Zum Hinzufügen einer Karte oder eines Bankkontos wird JavaScript benötigt: Die Daten gehen direkt an unseren Zahlungsdienstleister, nie an diese Website.
payment-methods-default = Standard
payment-methods-expired = Abgelaufen
payment-methods-expires-soon = Läuft bald ab
payment-methods-make-default = Als Standard festlegen
payment-methods-remove = Entfernen
payment-methods-remove-named = { $name } entfernen
payment-methods-expires = Gültig bis { $date }
payment-methods-bank = Bankkonto in { $country } · Mandat { $mandate }
payment-methods-bank-accepted = Bankkonto in { $country } · Mandat { $mandate }, erteilt am { $date }
payment-methods-card-added = Ihre Karte wurde hinzugefügt.
payment-methods-bank-added = Ihr Bankkonto wurde hinzugefügt.
payment-methods-default-changed = Ihre Standard-Zahlungsmethode wurde geändert.
payment-methods-removed = Die Karte wurde entfernt.
payment-methods-payment-confirmed = Vielen Dank: Ihre Bank hat die Zahlung bestätigt. Die Rechnung wird in Kürze als bezahlt angezeigt.
payment-methods-mandate = Mit der Angabe Ihrer IBAN und der Bestätigung dieser Zahlung ermächtigen Sie { $merchant } und dessen Zahlungsdienstleister, Ihrer Bank Anweisungen zur Belastung Ihres Kontos zu erteilen, und Ihre Bank, Ihr Konto entsprechend diesen Anweisungen zu belasten. Sie haben Anspruch auf Erstattung durch Ihre Bank gemäß den Bedingungen Ihres Vertrags mit Ihrer Bank. Eine Erstattung muss innerhalb von 8 Wochen ab dem Tag der Belastung Ihres Kontos verlangt werden.

## Billing details
details-title = Rechnungsdaten — { $merchant }
details-needs-attention = Einige Felder müssen korrigiert werden. Es wurde nichts gespeichert.
details-contact = Kontakt und Adresse
details-name = Name
details-email = E-Mail
details-phone = Telefon
details-country = Land
details-choose-country = Land auswählen
details-line1 = Straße und Hausnummer
details-line2 = Adresszusatz (optional)
details-city = Ort
details-postal-code = Postleitzahl
details-state = Bundesland oder Provinz (falls üblich)
details-save = Daten speichern
details-tax-ids = Steuernummern
details-no-tax-id = Keine Steuernummer hinterlegt.
details-tax-type = Art
details-add-tax-id = Steuernummer hinzufügen
details-tax-id-invalid = Diese Steuernummer passt nicht zu ihrer Art und ihrem Land. Prüfen Sie das Format, zum Beispiel DE123456789 für eine USt-IdNr.
details-saved = Ihre Rechnungsdaten wurden gespeichert.
details-tax-id-added = Die Steuernummer wurde hinzugefügt.
details-tax-id-removed = Die Steuernummer wurde entfernt.
details-error-name = Geben Sie einen Namen mit 1 bis 200 Zeichen ein.
details-error-email = Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.
details-error-phone = Geben Sie eine Telefonnummer mit 6 bis 15 Ziffern ein; + ( ) - und Leerzeichen sind erlaubt.
details-error-line1 = Geben Sie Straße und Hausnummer ein.
details-error-city = Geben Sie den Ort ein.
details-error-postal-code = Geben Sie eine Postleitzahl im Format des Landes ein.
details-error-state = Geben Sie das Kürzel des Bundesstaats oder der Provinz ein, zum Beispiel CA oder ON.
details-error-country = Wählen Sie ein Land aus der Liste.
details-error-not-editable = Dies kann hier nicht geändert werden.
tax-id-type-eu-vat = USt-IdNr. (EU)
tax-id-type-gb-vat = USt-IdNr. (Vereinigtes Königreich)
tax-id-type-ch-vat = MWST-Nummer (Schweiz)
tax-id-type-no-vat = MVA-Nummer (Norwegen)
tax-id-type-us-ein = EIN (USA)
tax-id-type-ca-bn = Business Number (Kanada)
tax-id-type-au-abn = ABN (Australien)
tax-id-type-in-gst = GSTIN (Indien)
tax-id-type-jp-cn = Unternehmensnummer (Japan)

## Activity
activity-title = Aktivität — { $merchant }
activity-intro = Die letzten Änderungen an Ihrem Abonnement, Ihren Zahlungsmethoden und Rechnungsdaten.
activity-section = Letzte Änderungen
activity-empty = Noch keine Änderungen.
activity-when = { $date }, { $time } UTC
activity-you = Sie
activity-automatic = Automatisch
activity-separator = {"; "}
activity-list-separator = {", "}
activity-subscribed = { $plan } abonniert
activity-ended = Abonnement beendet
activity-changed-plan = Tarif von { $from } zu { $to } gewechselt
activity-changed-quantity = Anzahl von { $from } auf { $to } geändert
activity-cancel-scheduled = Abonnement zum Ende des Zeitraums gekündigt
activity-cancel-withdrawn = Abonnement behalten (Kündigung zurückgenommen)
activity-change-dropped = Geplanten Tarifwechsel verworfen
activity-change-scheduled = Tarifwechsel zum Ende des Zeitraums vorgemerkt
activity-paused = Abonnement pausiert
activity-resumed = Abonnement fortgesetzt
activity-cancelled = Abonnement gekündigt
activity-past-due = Zahlung überfällig
activity-status = Abonnement ist jetzt: { $status }
activity-updated = Abonnement geändert
activity-discount = Rabatt angewendet
activity-renewed = Abonnement verlängert
activity-default-method = Standard-Zahlungsmethode geändert
activity-details = Rechnungsdaten geändert ({ $fields })
activity-field-name = Name
activity-field-email = E-Mail
activity-field-phone = Telefon
activity-field-address = Adresse
activity-tax-id-added = Steuernummer { $value } hinzugefügt
activity-tax-id-removed = Steuernummer { $value } entfernt
activity-method-added = { $method } hinzugefügt
activity-method-removed = { $method } entfernt
activity-invoice-paid = Rechnung { $number } bezahlt
activity-invoice-failed = Zahlung für Rechnung { $number } fehlgeschlagen
activity-invoice-uncollectible = Rechnung { $number } wurde als uneinbringlich markiert
activity-invoice-voided = Rechnung { $number } wurde storniert

## A deep link's end
done-title = Erledigt — { $merchant }
done-heading = Alles erledigt
done-saved = Ihre Änderung wurde gespeichert.
done-return = Zurück zur Website

## Screens outside a session (in the browser's language)
screen-expired-title = Sitzung abgelaufen
screen-expired-heading = Diese Sitzung ist abgelaufen
screen-expired-text = Zu Ihrer Sicherheit funktionieren Links zum Kundenportal nur einmal und nur kurze Zeit. Kehren Sie zurück und öffnen Sie das Kundenportal erneut, um fortzufahren.
screen-signed-out-title = Abgemeldet
screen-signed-out-heading = Sie sind abgemeldet
screen-signed-out-text = Ihre Sitzung im Kundenportal ist beendet. Um zurückzukehren, öffnen Sie das Kundenportal erneut über die Website.
screen-error-title = Etwas ist schiefgegangen
screen-error-text = Leider ist bei uns etwas schiefgegangen. Bitte laden Sie die Seite neu, um es noch einmal zu versuchen.
screen-opening-title = Kundenportal wird geöffnet
screen-opening = Ihr Kundenportal wird geöffnet …
screen-needs-javascript = Bitte aktivieren Sie JavaScript, um diesen sicheren Link zu öffnen.
screen-ended-title = Sitzung beendet
screen-ended-heading = Ihre Sitzung ist beendet
screen-ended-text = Zu Ihrer Sicherheit meldet Sie das Kundenportal nach einer Weile ab. Kehren Sie zur Website zurück, von der Sie kamen, und öffnen Sie das Kundenportal erneut.
screen-not-found-title = Nicht gefunden
screen-not-found-heading = Das konnten wir nicht finden
screen-back-to-overview = Zurück zur Abrechnungsübersicht
screen-not-available = Nicht verfügbar
screen-nothing-to-confirm = Nichts zu bestätigen
screen-nothing-to-confirm-text = Diese Zahlung muss nicht mehr bestätigt werden: Sie wurde bezahlt, oder eine neuere Zahlung ist unterwegs. Sie können diese Seite schließen.

## The "Confirm your payment" e-mail
confirm-mail-subject = Bestätigen Sie Ihre Zahlung an { $business } [{ $number }]
confirm-mail-asks = Ihre Bank bittet Sie, Ihre Zahlung von { $amount } an { $business } zu bestätigen (Rechnung { $number }).
confirm-mail-link = Hier bestätigen: { $link }
confirm-mail-lifetime = { $days ->
    [one] Der Link ist { $days } Tag gültig. Bis die Zahlung bestätigt ist, bleibt die Rechnung offen.
   *[other] Der Link ist { $days } Tage gültig. Bis die Zahlung bestätigt ist, bleibt die Rechnung offen.
}

## Dashboard: the frame
dash-sign-in = Anmelden
dash-sign-out = Abmelden
dash-error-signed-out = Bitte melden Sie sich an, um fortzufahren.
dash-error-two-step-title = Zwei-Schritt-Anmeldung einrichten
dash-error-two-step = Ihr Team verlangt die Zwei-Schritt-Anmeldung.
dash-error-not-found-title = Nicht gefunden
dash-error-not-found = Das haben wir nicht gefunden.
dash-error-refused-title = Nicht erlaubt
dash-error-server-title = Etwas ist schiefgelaufen
dash-error-server = Entschuldigung, bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es noch einmal.
dash-nav-label = Dashboard
dash-nav-home = Start
dash-nav-customers = Kunden
dash-nav-catalogue = Katalog
dash-nav-branding = Branding
dash-nav-portal = Portal
dash-nav-domains = Domains
dash-nav-payments = Zahlungen
dash-nav-api-keys = API-Schlüssel
dash-nav-webhooks = Webhooks
dash-nav-events = Ereignisse
dash-nav-audit-log = Audit-Log
dash-nav-portal-sessions = Portal-Sitzungen
dash-nav-team = Team
dash-live-mode = Live-Modus
dash-test-mode = Testmodus
dash-view-test-data = Testdaten ansehen
dash-view-live-data = Live-Daten ansehen
dash-test-mode-strip = Sie sehen Testdaten. Hier fließt kein echtes Geld.

## Dashboard: signing in and the account
dash-sign-in-title = Anmelden — VINR Portal Dashboard
dash-sign-in-heading = Im Dashboard anmelden
dash-signed-out = Sie sind abgemeldet.
dash-email = E-Mail
dash-password = Passwort
dash-sign-in-error-credentials = Zu dieser E-Mail-Adresse und diesem Passwort gibt es kein Konto.
dash-sign-in-error-expired = Die Anmeldung hat länger als 5 Minuten gedauert. Geben Sie E-Mail-Adresse und Passwort bitte erneut ein.
dash-sign-in-error-code = Dieser Code stimmt nicht oder wurde schon verwendet. Geben Sie die 6 Ziffern ein, die Ihre App jetzt anzeigt, oder einen Wiederherstellungscode.
dash-password-error-short = Wählen Sie ein Passwort mit mindestens 12 Zeichen.
dash-password-error-long = Wählen Sie ein Passwort mit höchstens 256 Zeichen.
dash-password-error-common = Dieses Passwort gehört zu den häufigsten. Bitte wählen Sie ein anderes.
dash-password-error-email = Ihr Passwort darf nicht Ihre E-Mail-Adresse sein.
dash-password-error-mismatch = Die beiden Passwörter stimmen nicht überein.
dash-password-error-current = Das eingegebene aktuelle Passwort stimmt nicht.
dash-code-title = Ihr Anmeldecode — VINR Portal Dashboard
dash-code-heading = Anmeldecode eingeben
dash-code-text = Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code ein, den sie für VINR Portal anzeigt. Handy verloren? Geben Sie stattdessen einen Ihrer Wiederherstellungscodes ein.
dash-code = Code
dash-code-start-again = Von vorn beginnen
dash-setup-expired-title = Link abgelaufen — VINR Portal Dashboard
dash-setup-expired-heading = Dieser Link ist abgelaufen
dash-setup-expired-text = Einrichtungslinks funktionieren einmal und 72 Stunden lang. Bitten Sie die Person, die Ihr Konto angelegt hat, um einen neuen.
dash-setup-title = Passwort wählen — VINR Portal Dashboard
dash-setup-heading = Wählen Sie Ihr Passwort
dash-setup-as = Sie melden sich als { $email } an.
dash-new-password = Neues Passwort
dash-password-hint = Mindestens 12 Zeichen. Ein paar Wörter ohne Zusammenhang ergeben ein starkes Passwort.
dash-setup-confirm = Dasselbe Passwort noch einmal
dash-setup-save = Passwort speichern und anmelden
dash-account-title = Ihr Konto — Dashboard von { $merchant }
dash-account-heading = Ihr Konto
dash-account-signed-in-as = Angemeldet als { $email } ({ $role }).
dash-account-password-changed = Passwort geändert. Hier bleiben Sie angemeldet; alle anderen Sitzungen Ihres Kontos wurden beendet.
dash-account-change-heading = Passwort ändern
dash-account-current-password = Aktuelles Passwort
dash-account-confirm = Das neue Passwort noch einmal
dash-account-change-password = Passwort ändern
dash-two-step-heading = Zwei-Schritt-Anmeldung
dash-two-step-off-done = Die Zwei-Schritt-Anmeldung ist aus. Sie melden sich nur mit Ihrem Passwort an.
dash-two-step-wrong = Dieser Code stimmt nicht oder wurde schon verwendet. Geben Sie die 6 Ziffern ein, die Ihre App jetzt anzeigt.
dash-two-step-restart = Beginnen Sie die Einrichtung erneut: Es wartet kein neuer Schlüssel auf einen Code.
dash-two-step-required = Ihr Team verlangt die Zwei-Schritt-Anmeldung, daher bleibt sie an.
dash-two-step-needed = Ihr Team verlangt die Zwei-Schritt-Anmeldung. Richten Sie sie hier ein, um das Dashboard weiter zu nutzen.
dash-two-step-codes-left = { $left ->
    [one] { $left } von 10 Wiederherstellungscodes übrig.
   *[other] { $left } von 10 Wiederherstellungscodes übrig.
}
dash-two-step-on = An
dash-two-step-on-text = Sie melden sich mit Ihrem Passwort und einem Code aus Ihrer Authenticator-App an.
dash-two-step-renew-label = Code aus Ihrer App, für neue Wiederherstellungscodes
dash-two-step-renew = Neue Wiederherstellungscodes erstellen
dash-two-step-disable-label = Code aus Ihrer App, zum Ausschalten
dash-two-step-disable = Zwei-Schritt-Anmeldung ausschalten
dash-two-step-step-add = Fügen Sie in Ihrer Authenticator-App (1Password, Google Authenticator, Authy …) ein Konto mit diesem Schlüssel hinzu oder öffnen Sie den Link auf diesem Gerät:
dash-two-step-setup-key = Einrichtungsschlüssel
dash-two-step-open-app = In einer Authenticator-App auf diesem Gerät öffnen
dash-two-step-step-code = Geben Sie den 6-stelligen Code ein, den die App jetzt für VINR Portal anzeigt:
dash-two-step-code-label = Code aus Ihrer App
dash-two-step-enable = Zwei-Schritt-Anmeldung einschalten
dash-two-step-off-text = Aus. Eingeschaltet verlangt die Anmeldung zusätzlich einen Code aus einer Authenticator-App auf Ihrem Handy; ein gestohlenes Passwort reicht dann nicht.
dash-two-step-team-requires = Ihr Team verlangt sie von allen.

## Dashboard: words built from what the services read
dash-role-owner = Inhaber
dash-role-admin = Admin
dash-role-developer = Entwickler
dash-role-viewer = Betrachter
dash-home-past-due-since = { $subscription } · überfällig seit { $date }
dash-home-unpaid-since = { $subscription } · unbezahlt seit { $date }
dash-home-endpoint-disabled = Deaktiviert: erhält keine Ereignisse
dash-home-endpoint-failing-since = Zustellungen schlagen seit { $date } fehl
dash-home-endpoint-failing = Zustellungen schlagen fehl
dash-home-domain-lapsed = Nicht mehr erreichbar: der TXT-Eintrag fehlt
dash-home-domain-txt-missing = Der TXT-Eintrag fehlt; nach 7 Tagen ist die Domain nicht mehr erreichbar
dash-home-domain-waiting = Wartet auf die DNS-Einträge
dash-status-active = Aktiv
dash-status-trial = Testphase
dash-status-past-due = Überfällig
dash-status-unpaid = Unbezahlt
dash-status-paused = Pausiert
dash-status-canceled = Gekündigt
dash-customer-keep = Abo behalten
dash-customer-keep-confirm = Ja, Abo behalten
dash-customer-keep-text = Es verlängert sich wie bisher am { $date }.
dash-customer-cancel-at-period-end = Zum Ende des Zeitraums kündigen
dash-customer-cancel-at-period-end-confirm = Ja, zum Ende des Zeitraums kündigen
dash-customer-cancel-at-period-end-text = Der Kunde behält den Tarif bis { $date }; es wird nichts mehr berechnet.
dash-customer-cancel-now = Sofort kündigen
dash-customer-cancel-now-confirm = Ja, sofort kündigen
dash-customer-cancel-now-text = Das Abo endet heute. Die ungenutzte Zeit wird nicht gutgeschrieben.
dash-customer-subscription-renews = { $subscription } · { $price } · verlängert sich am { $date }
dash-customer-subscription-cancels = { $subscription } · { $price } · endet am { $date }
dash-customer-mandate = Mandat { $reference }
dash-customer-card-expires = Läuft ab { $expiry }
dash-default = Standard
dash-invoice-paid = Bezahlt
dash-invoice-due = Offen
dash-invoice-uncollectible = Uneinbringlich
dash-invoice-void = Storniert
dash-invoice-draft = Entwurf
dash-customer-pay-now = Jetzt bezahlen
dash-customer-pay-now-confirm = Ja, jetzt bezahlen
dash-customer-pay-now-text = Belastet jetzt { $amount } auf die Standard-Zahlungsmethode des Kunden.
dash-customer-void = Rechnung stornieren
dash-customer-void-confirm = Ja, Rechnung stornieren
dash-customer-void-text = Der Kunde schuldet den Betrag dann nicht mehr. Das lässt sich nicht rückgängig machen.
dash-customer-tax-id = Steuernummer
dash-customer-change-by = { $when } · durch { $actor }
dash-customer-configuration-default = { $id } (Standard)
dash-browser-on-system = { $browser } unter { $system }
dash-session-signed-in = Angemeldet
dash-session-not-opened = Link noch nicht geöffnet
dash-session-ended = Beendet
dash-session-expired-unopened = Ungeöffnet abgelaufen
dash-session-created = Erstellt { $when } · Konfiguration { $configuration }
dash-session-works-until = gültig bis { $when }
dash-session-opened = Geöffnet { $when }
dash-session-opened-from = Geöffnet { $when } von { $address }
dash-keys-unnamed = Unbenannter Schlüssel
dash-keys-last-used = Zuletzt verwendet { $when }
dash-keys-never-used = Nie verwendet
dash-created = Erstellt { $when }
dash-keys-stops-working = Funktioniert bis { $when }
dash-portal-for-past-due = Für Kunden mit Zahlungsverzug
dash-portal-alternate = Alternativ
dash-webhooks-enabled = Aktiv
dash-webhooks-disabled = Deaktiviert
dash-webhooks-all-events = Alle Ereignisse
dash-delivery-delivered = Zugestellt
dash-delivery-failed = Fehlgeschlagen
dash-delivery-retrying = Wird wiederholt
dash-delivery-waiting = Wartet
dash-delivery-next-try = nächster Versuch { $when }
dash-delivery-http = HTTP { $status } in { $ms } ms
dash-delivery-no-answer-error = Keine Antwort ({ $error }) nach { $ms } ms
dash-delivery-no-answer = Keine Antwort nach { $ms } ms
dash-delivery-try = Versuch { $number } · { $when }
dash-team-invited-until = Eingeladen · Link gültig bis { $when }
dash-team-invitation-expired = Einladung abgelaufen
dash-actor-dashboard = Dashboard
dash-actor-api-key = API-Schlüssel
dash-actor-portal = der Kunde, im Portal
dash-events-object-by = { $object } · durch { $actor }
dash-domains-verified = Bestätigt
dash-domains-waiting = Wartet auf DNS
dash-domains-lapsed = Erloschen
dash-domains-checked-error = Geprüft { $when }: { $error }
dash-domains-checked-ok = Geprüft { $when }: Der TXT-Eintrag ist vorhanden.
dash-domains-serving-until = Der TXT-Eintrag fehlt: Die Domain bleibt bis { $when } erreichbar und danach nicht mehr, sofern der Eintrag nicht zurückkommt.

## Dashboard: home
dash-home-title = Start — Dashboard von { $merchant }
dash-home-heading = Was Ihre Aufmerksamkeit braucht
dash-home-past-due = Kunden mit Zahlungsverzug
dash-home-past-due-none = Kein Kunde ist im Zahlungsverzug.
dash-home-failing-endpoints = Fehlerhafte Webhook-Endpunkte
dash-home-failing-endpoints-none = Alle Webhook-Endpunkte erhalten ihre Ereignisse.
dash-home-domains = Eigene Domains
dash-home-domains-none = Keine eigene Domain wartet auf die Bestätigung.
dash-home-activity = Letzte Aktivität im Portal
dash-home-activity-none = Noch hat kein Kunde im Portal etwas geändert.

## Dashboard: API keys
dash-keys-title = API-Schlüssel — Dashboard von { $merchant }
dash-keys-revoked = Schlüssel widerrufen. Anfragen damit werden ab sofort abgelehnt.
dash-keys-role = Ihre Rolle in diesem Team erlaubt diese Änderung nicht; fragen Sie einen Inhaber, einen Admin oder einen Entwickler.
dash-keys-overlap = Wählen Sie, wie lange der alte Schlüssel weiter funktioniert: von sofort bis 7 Tage.
dash-keys-name-too-long = Der Name eines Schlüssels darf höchstens 100 Zeichen lang sein.
dash-keys-unknown = Dieser Schlüssel funktioniert nicht mehr oder gehört nicht zu diesem Konto.
dash-keys-create-test = Testschlüssel erstellen
dash-keys-create-live = Live-Schlüssel erstellen
dash-keys-lede = Mit geheimen Schlüsseln ruft Ihr Server die REST-API auf und erstellt Portal-Sitzungen. Bewahren Sie sie auf Ihrem Server auf – niemals im Browser, in einer App oder in einem Repository.
dash-keys-new = Neuer Schlüssel
dash-name = Name
dash-keys-name-placeholder = Produktivserver
dash-keys-name-hint = Wofür der Schlüssel ist, damit Sie später wissen, welchen Sie widerrufen.
dash-keys-go-live = Live gehen
dash-keys-go-live-text = Ein Live-Schlüssel öffnet den Live-Modus: echte Kunden und echte Zahlungen, sobald Stripe unter Einstellungen → Zahlungen verbunden ist.
dash-keys-live-server = Live-Server
dash-keys-none = Keine gültigen Schlüssel in diesem Modus.
dash-keys-revoke-confirm = Ja, { $name } ({ $key }) widerrufen
dash-keys-roll-or-revoke = Erneuern oder widerrufen
dash-keys-overlap-label = Der alte Schlüssel funktioniert weiter
dash-keys-overlap-none = gar nicht: sofort stoppen
dash-keys-overlap-hour = 1 Stunde lang
dash-keys-overlap-day = 24 Stunden lang
dash-keys-overlap-week = 7 Tage lang
dash-keys-roll = Erneuern: neuen Schlüssel erstellen
dash-keys-revoke-hint = Nach dem Widerruf wird jede Anfrage mit diesem Schlüssel sofort und auf jeder Instanz abgelehnt.

## Dashboard: customers
dash-customers-title = Kunden — Dashboard von { $merchant }
dash-customers-none = Noch keine Kunden. Über die API angelegte Kunden erscheinen hier.
dash-customers-no-match = Kein Kunde passt zu „{ $search }“.
dash-customers-search-label = Nach ID, Name oder E-Mail suchen
dash-customers-search = Suchen
dash-customers-since = { $id } · seit { $date }
dash-pages = Seiten
dash-previous-page = Vorherige Seite
dash-next-page = Nächste Seite
dash-customer-title = { $name } — Dashboard von { $merchant }
dash-customer-configuration = Portal-Konfiguration
dash-customer-open-portal = Portal als dieser Kunde öffnen
dash-customer-subscriptions = Abos
dash-customer-subscriptions-none = Keine Abos.
dash-customer-payment-methods = Zahlungsmethoden
dash-customer-payment-methods-none = Keine Zahlungsmethoden hinterlegt.
dash-customer-invoices = Rechnungen
dash-customer-invoices-none = Noch keine Rechnungen.
dash-customer-tax-ids = Steuernummern
dash-customer-tax-ids-none = Keine Steuernummern.
dash-customer-changes = Ereignisse und Audit-Einträge
dash-customer-changes-none = Noch keine Änderungen aufgezeichnet.
dash-customer-done-cancel-period-end = Das Abo endet zum Ende seines Zeitraums.
dash-customer-done-cancel-now = Das Abo ist gekündigt.
dash-customer-done-reactivated = Das Abo verlängert sich wie bisher.
dash-customer-done-paid = Zahlung eingezogen: Die Rechnung ist bezahlt.
dash-customer-done-voided = Die Rechnung ist storniert.
dash-done = Erledigt.
dash-decline-card-declined = Die Zahlung ist fehlgeschlagen: Die Karte des Kunden wurde abgelehnt.
dash-decline-insufficient-funds = Die Zahlung ist fehlgeschlagen: Die Karte ist nicht ausreichend gedeckt.
dash-decline-expired-card = Die Zahlung ist fehlgeschlagen: Die Karte des Kunden ist abgelaufen.
dash-decline-incorrect-cvc = Die Zahlung ist fehlgeschlagen: Der Sicherheitscode der Karte wurde abgelehnt.
dash-decline-debit-failed = Die Zahlung ist fehlgeschlagen: Die Bank des Kunden hat die Lastschrift zurückgegeben.
dash-decline-authentication-required = Die Bank des Kunden verlangt, dass er diese Zahlung bestätigt; das geht im Portal.
dash-decline-refused = Der Zahlungsdienstleister hat die Zahlung abgelehnt; den Grund finden Sie im Log.
dash-decline-no-payment-method = Der Kunde hat keine Zahlungsmethode hinterlegt; er kann im Portal eine hinzufügen.
dash-decline-unavailable = Der Zahlungsdienstleister war nicht erreichbar; versuchen Sie es gleich noch einmal.
dash-role-owner-or-admin = Ihre Rolle in diesem Team erlaubt diese Änderung nicht; fragen Sie einen Inhaber oder einen Admin.
dash-customer-not-theirs = Das gehört nicht zu diesem Kunden.

## Dashboard: branding
dash-branding-title = Branding — Dashboard von { $merchant }
dash-branding-support-url = Support-Seite
dash-branding-support-email = Support-E-Mail
dash-branding-privacy = Datenschutzerklärung
dash-branding-terms = Nutzungsbedingungen
dash-branding-links = Support- und Rechtslinks
dash-branding-links-hint = Erscheinen am Fuß jeder Portalseite und auf Rechnungen. Lassen Sie ein Feld leer, um nichts anzuzeigen.
dash-branding-logo = Logo
dash-branding-current-logo = Ihr aktuelles Logo
dash-branding-remove-logo = Logo entfernen (das Portal zeigt nur Ihren Firmennamen)
dash-branding-upload-logo = Neues Logo hochladen
dash-branding-logo-hint = PNG oder SVG, höchstens 512 KB. Es erscheint höchstens 36 Pixel hoch auf Weiß.
dash-branding-lede = Ihre Marke im Kundenportal, in Rechnungs-PDFs und Belegen, im Test- wie im Live-Modus. Kunden sehen eine gespeicherte Änderung auf der nächsten Seite, die sie öffnen.
dash-branding-saved = Branding gespeichert.
dash-branding-samples = Muster
dash-branding-samples-hint = Erstellt aus dem, was jetzt im Formular steht, gespeichert oder nicht, für einen Musterkunden; sie öffnen sich in einem neuen Tab und speichern nichts.
dash-branding-sample-invoice = Muster-Rechnung (PDF)
dash-branding-sample-receipt = Muster-Beleg
dash-branding-save = Branding speichern
dash-branding-read-only = Ihre Rolle erlaubt es, die Marke anzusehen. Ein Inhaber oder Admin kann sie ändern.
dash-branding-business-name = Firmenname
dash-branding-empty-name = Leer: Das Portal zeigt „{ $merchant }“.
dash-branding-accent = Akzentfarbe
dash-branding-picker = Farbauswahl
dash-branding-not-a-colour = Geben Sie eine Farbe als # und sechs Hex-Ziffern ein, etwa #4f46e5.
dash-branding-summary-white = Schaltflächen nutzen { $accent } mit weißer Schrift; Links erscheinen in { $link }.
dash-branding-summary-dark = Schaltflächen nutzen { $accent } mit dunkler Schrift; Links erscheinen in { $link }.
dash-branding-summary-white-darkened = Schaltflächen nutzen { $accent } mit weißer Schrift. Auf den hellen Hintergründen des Portals hat die Farbe einen Kontrast von { $ratio }:1, unter den 4,5:1, die Text braucht; Links erscheinen deshalb in { $link }.
dash-branding-summary-dark-darkened = Schaltflächen nutzen { $accent } mit dunkler Schrift. Auf den hellen Hintergründen des Portals hat die Farbe einen Kontrast von { $ratio }:1, unter den 4,5:1, die Text braucht; Links erscheinen deshalb in { $link }.
dash-branding-preview = Vorschau des Portals
dash-branding-preview-button = Tarif ändern
dash-branding-preview-link = Rechnungsverlauf ansehen

## Dashboard: portal settings
dash-portal-title = Portal-Einstellungen — Dashboard von { $merchant }
dash-portal-heading = Portal-Einstellungen
dash-portal-lede = Was Kunden im Portal tun dürfen. Sitzungen nutzen die Standardkonfiguration, sofern Ihr Server beim Erstellen keine andere angibt.
dash-portal-saved = Portal-Einstellungen gespeichert. Ab jetzt geöffnete Sitzungen nutzen sie; offene Sitzungen übernehmen sie auf der nächsten Seite.
dash-portal-created = Konfiguration als Kopie der Standardkonfiguration erstellt. Geben Sie ihre ID beim Erstellen von Portal-Sitzungen als `configuration` an.
dash-portal-preview-refused = Wählen Sie einen Ihrer Testkunden, als der Sie das Portal in der Vorschau sehen.
dash-portal-unknown = Diese Konfiguration gibt es in diesem Konto nicht.
dash-portal-field-address = Rechnungsadresse
dash-portal-field-phone = Telefon
dash-portal-proration-create = Differenz auf der nächsten Rechnung gutschreiben oder berechnen
dash-portal-proration-invoice = Differenz sofort in Rechnung stellen
dash-portal-proration-none = Keine anteilige Berechnung
dash-portal-proration-default = Nichts (Standard)
dash-portal-configurations = Portal-Konfigurationen
dash-portal-new = Neue Konfiguration
dash-portal-preview-as = Vorschau als
dash-portal-preview = Vorschau
dash-portal-preview-hint = Öffnet das Portal in einem neuen Tab als dieser Testkunde, mit dieser Konfiguration im gespeicherten Stand.
dash-portal-save = Portal-Einstellungen speichern
dash-portal-read-only = Ihre Rolle erlaubt es, die Portal-Einstellungen anzusehen. Ein Inhaber oder Admin kann sie ändern.
dash-portal-no-price-ticked = Kein Preis angekreuzt: alle Preise des Produkts.
dash-portal-quantity = Kunden wählen die Menge
dash-portal-quantity-from = Von
dash-portal-quantity-to = bis
dash-portal-payments-and-invoices = Zahlungen und Rechnungen
dash-portal-payment-methods-detail = Kunden fügen Karten und SEPA-Mandate hinzu, entfernen sie und wählen die Standardmethode.
dash-portal-invoice-history = Rechnungsverlauf
dash-portal-invoice-history-detail = Kunden sehen ihre Rechnungen, laden PDFs herunter und bezahlen offene.
dash-portal-billing-details = Rechnungsdaten
dash-portal-billing-details-detail = Kunden bearbeiten, was auf ihren Rechnungen steht.
dash-portal-they-may-change = Sie dürfen ändern:
dash-portal-plan-changes = Tarifwechsel
dash-portal-plan-changes-detail = Kunden wechseln den Tarif oder ändern die Menge.
dash-portal-plans = Tarife, zu denen sie wechseln dürfen:
dash-portal-update-proration = Abrechnung eines Tarifwechsels
dash-portal-schedule = Diese Änderungen warten auf das Ende des bezahlten Zeitraums, statt sofort zu gelten:
dash-portal-schedule-downgrade = Ein günstigerer Tarif (Downgrade)
dash-portal-schedule-shorter = Ein kürzerer Abrechnungszeitraum (jährlich zu monatlich)
dash-portal-cancellation = Kündigung
dash-portal-cancellation-detail = Kunden kündigen ihren Tarif selbst.
dash-portal-cancel-mode = Wann eine Kündigung wirksam wird:
dash-portal-cancel-at-period-end = Zum Ende des bezahlten Zeitraums (bis dahin können sie es sich anders überlegen)
dash-portal-cancel-at-once = Sofort
dash-portal-cancel-proration = Erstattung der ungenutzten Zeit bei sofortiger Kündigung
dash-portal-ask-why = Nach dem Grund fragen
dash-portal-ask-why-detail = Kunden wählen vor der Bestätigung einen Grund.
dash-portal-retention = Halteangebot
dash-portal-no-offer = Kein Angebot
dash-portal-retention-hint = Ein Gutschein, der einmal vor der Bestätigung angeboten wird; wer ihn annimmt, behält den Tarif zum Rabattpreis.
dash-portal-pause = Pausieren
dash-portal-pause-detail = Kunden pausieren die Abrechnung eine Zeit lang, statt zu kündigen.
dash-portal-words-and-links = Texte und Links
dash-portal-headline = Überschrift
dash-portal-headline-placeholder = Verwalten Sie Ihr Abo
dash-portal-return-url = Standard-Rücksprungadresse
dash-portal-return-url-hint = Wohin „Zurück zur Website“ führt, wenn eine Sitzung keine Rücksprungadresse nennt.
dash-portal-frame-ancestors = Websites, die das Portal einbetten dürfen
dash-portal-frame-ancestors-hint = Ein Origin pro Zeile, höchstens 10. Leer: Keine Website darf das Portal in einem Frame zeigen.
dash-portal-use = Verwendung
dash-portal-is-default = Dies ist die Standardkonfiguration. Um das zu ändern, machen Sie eine andere zum Standard.
dash-portal-make-default = Als Standardkonfiguration festlegen
dash-portal-past-due-default = Für Kunden verwenden, deren Zahlung fehlgeschlagen ist (überfällig)

## Dashboard: portal settings form
dash-portal-error-minimum = Geben Sie die kleinste Menge als ganze Zahl ein, etwa { $example }.
dash-portal-error-maximum = Geben Sie die größte Menge als ganze Zahl ein, etwa { $example }.
dash-portal-field-minimum = Kleinste Menge
dash-portal-field-maximum = Größte Menge
dash-portal-field-products = Tarife zum Wechseln
dash-portal-field-reasons = Kündigungsgründe
dash-portal-field-cancel-proration = Erstattung bei Kündigung
dash-portal-field-schedule = Änderungen zum Ende des Zeitraums

## Dashboard: catalogue
dash-catalogue-title = Katalog — Dashboard von { $merchant }
dash-catalogue-done-product = Produkt erstellt. Fügen Sie einen Preis hinzu, damit Kunden es abonnieren können.
dash-catalogue-done-price = Preis hinzugefügt.
dash-catalogue-done-archived = Archiviert: wird für neue Abos und Tarifwechsel nicht mehr angeboten. Bestehende Abos verlängern sich weiter.
dash-catalogue-done-restored = Wiederhergestellt: wird wieder überall angeboten, wo Ihre Portal-Einstellungen es aufführen.
dash-catalogue-done-coupon = Gutschein erstellt. Bieten Sie ihn unter Einstellungen → Portal als Halteangebot an.
dash-catalogue-new-product = Neues Produkt
dash-catalogue-product = Produkt
dash-catalogue-description = Beschreibung (optional)
dash-catalogue-create-product = Produkt erstellen
dash-catalogue-lede = Produkte und ihre Preise sind das, was Kunden im Portal abonnieren und wechseln. Gutscheine sind Rabatte, die als Halteangebot erscheinen, wenn ein Kunde kündigt.
dash-catalogue-products = Produkte
dash-catalogue-products-none = Noch keine Produkte.
dash-catalogue-coupons = Gutscheine
dash-catalogue-coupons-none = Noch keine Gutscheine.
dash-catalogue-archived = Archiviert
dash-catalogue-prices-of = Preise von { $name }
dash-catalogue-archive-product = Produkt archivieren
dash-catalogue-archive-product-text = Neue Abos und Tarifwechsel bieten seine Preise nicht mehr an. Bestehende Abos verlängern sich weiter, und Sie können es jederzeit wiederherstellen.
dash-catalogue-archive-confirm = Ja, { $name } archivieren
dash-catalogue-archive = { $name } archivieren
dash-catalogue-restore = { $name } wiederherstellen
dash-catalogue-add-price-summary = Preis hinzufügen …
dash-catalogue-prices-none = Noch keine Preise: Kunden können es nicht abonnieren.
dash-catalogue-price = Preis
dash-id = ID
dash-status = Status
dash-action = Aktion
dash-catalogue-lookup-key = Lookup-Schlüssel
dash-catalogue-new-price = Neuer Preis für { $product }
dash-catalogue-months = Monate
dash-catalogue-years = Jahre
dash-catalogue-amount = Betrag
dash-catalogue-currency = Währung
dash-catalogue-billed-every = Abgerechnet alle
dash-catalogue-months-or-years = Monate oder Jahre
dash-catalogue-lookup-key-optional = Lookup-Schlüssel (optional)
dash-catalogue-add-price = Preis hinzufügen
dash-coupon-percent-kind = Ein Prozentrabatt
dash-coupon-amount-kind = Ein Betragsrabatt
dash-coupon-once = Einmal: die nächste Rechnung
dash-coupon-repeating = Für eine Anzahl von Monaten
dash-coupon-forever = Dauerhaft
dash-coupon-new = Neuer Gutschein
dash-coupon = Gutschein
dash-coupon-name = Name (optional)
dash-coupon-name-placeholder = Bleiben Sie bei uns
dash-coupon-discount = Rabatt
dash-coupon-percent = Prozent Rabatt (bei einem Prozentrabatt)
dash-coupon-amount = Rabattbetrag (bei einem Betragsrabatt)
dash-coupon-currency = Währung (bei einem Betragsrabatt)
dash-coupon-applies = Gilt
dash-coupon-months = Monate (bei einer Anzahl von Monaten)
dash-coupon-create = Gutschein erstellen
dash-catalogue-not-found = Dieses Produkt oder dieser Preis ist nicht im Katalog dieses Kontos.
dash-catalogue-error-currency = Wählen Sie eine Währung aus der Liste
dash-catalogue-error-interval-count = Geben Sie als ganze Zahl ein, wie viele Monate oder Jahre ein Zeitraum dauert
dash-catalogue-error-percent = Geben Sie den Prozentrabatt als Zahl ein, etwa 20
dash-catalogue-error-months = Geben Sie ein, wie viele Monate der Gutschein gilt, von 1 bis 120

## Dashboard: webhooks, and the pages that show a secret once
dash-copy = Kopieren
dash-copied = Kopiert
dash-back-to-account = Zurück zu Ihrem Konto
dash-back-to-keys = Zurück zu den API-Schlüsseln
dash-back-to-team = Zurück zum Team
dash-recovery-codes-title = Ihre Wiederherstellungscodes
dash-recovery-codes-text = Die Zwei-Schritt-Anmeldung ist an. Bewahren Sie diese Codes sicher und getrennt von Ihrem Handy auf: Jeder meldet Sie einmal an, falls Sie es verlieren. Sie werden nur dieses eine Mal angezeigt.
dash-invitation-link = Einladungslink
dash-invitation-link-text = Auf diesem Server ist kein E-Mail-Versand eingerichtet. Schicken Sie diesen Link deshalb selbst an { $email }. Er funktioniert einmal, 72 Stunden lang, und damit wird das Passwort gewählt.
dash-new-key-title = Ihr neuer API-Schlüssel
dash-new-key-field = Geheimer Schlüssel
dash-new-key-text-test = Kopieren Sie ihn jetzt und bewahren Sie ihn auf Ihrem Server auf: Er wird nur dieses eine Mal angezeigt. Er funktioniert im Testmodus.
dash-new-key-text-live = Kopieren Sie ihn jetzt und bewahren Sie ihn auf Ihrem Server auf: Er wird nur dieses eine Mal angezeigt. Er funktioniert im Live-Modus.
dash-signing-secret-title = Das Signaturgeheimnis Ihres Endpunkts
dash-signing-secret = Signaturgeheimnis
dash-go-to-endpoint = Zum Endpunkt
dash-signing-secret-new = Prüfen Sie damit auf Ihrem Server den Vinr-Signature-Header jeder Zustellung. Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt.
dash-signing-secret-rotated = Zustellungen werden mit diesem Geheimnis signiert und in den nächsten 24 Stunden zusätzlich mit dem alten, damit Sie Ihren Server umstellen können. Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt.
dash-team-role-forbids = Ihre Rolle erlaubt diese Änderung nicht: Inhaber und Admins verwalten das Team, und nur ein Inhaber vergibt oder entzieht die Inhaberschaft.
dash-team-not-found = Diese Person gehört nicht zu diesem Team.
dash-team-choose-role = Wählen Sie eine Rolle.
dash-domains-not-found = Diese Domain gehört nicht zu diesem Konto.
dash-webhooks-title = Webhooks — Dashboard von { $merchant }
dash-webhooks-done-saved = Endpunkt gespeichert.
dash-webhooks-done-test = Testereignis gesendet. Seine Zustellung erscheint in wenigen Sekunden unten; laden Sie die Seite neu, um sie zu sehen.
dash-webhooks-done-resent = Ereignis erneut für diesen Endpunkt eingereiht.
dash-webhooks-done-enabled = Endpunkt aktiviert: Er erhält wieder Ereignisse.
dash-webhooks-done-disabled = Endpunkt deaktiviert: Er erhält keine Ereignisse, bis Sie ihn aktivieren.
dash-webhooks-done-deleted = Endpunkt gelöscht. Seine ausstehenden Zustellungen werden nicht gesendet.
dash-webhooks-refused-disabled = Dieser Endpunkt ist deaktiviert; aktivieren Sie ihn, bevor Sie Ereignisse senden oder erneut senden.
dash-webhooks-refused-unknown = Dieser Endpunkt oder dieses Ereignis existiert in diesem Konto nicht.
dash-webhooks-lede = Endpunkte auf Ihren Servern, die signierte Ereignisse erhalten, wenn sich etwas ändert – ob über die API, das Portal oder dieses Dashboard.
dash-webhooks-none = Noch keine Endpunkte.
dash-webhooks-new = Endpunkt hinzufügen
dash-webhooks-add = Endpunkt hinzufügen
dash-webhooks-endpoint = Endpunkt
dash-webhooks-url = Endpunkt-URL
dash-webhooks-description = Beschreibung
dash-webhooks-description-placeholder = Bestellabgleich auf dem Produktivserver
dash-webhooks-events = Zu sendende Ereignisse
dash-webhooks-all-events-later = , auch später hinzukommende Typen
dash-webhooks-only-these = Oder nur diese:
dash-webhooks-error-events = Zu sendende Ereignisse: Kreuzen Sie „Alle Ereignisse“ oder mindestens einen Ereignistyp an.
dash-endpoint-title = Webhook-Endpunkt — Dashboard von { $merchant }
dash-endpoint-heading = Webhook-Endpunkt
dash-endpoint-disable = Deaktivieren
dash-endpoint-enable = Aktivieren
dash-endpoint-send-test = Testereignis senden
dash-endpoint-rotate = Geheimnis erneuern
dash-endpoint-delete = Löschen
dash-endpoint-delete-text = Das Löschen stoppt jede Zustellung an diesen Endpunkt, auch ausstehende. Das lässt sich nicht rückgängig machen.
dash-endpoint-delete-confirm = Ja, diesen Endpunkt löschen
dash-endpoint-edit = URL, Beschreibung und Ereignisse bearbeiten
dash-endpoint-save = Endpunkt speichern
dash-endpoint-deliveries = Zustellungen
dash-endpoint-deliveries-none = Noch keine Zustellungen. Senden Sie ein Testereignis oder ändern Sie etwas im Testmodus.
dash-endpoint-older = Ältere Zustellungen: GET /v1/webhook_endpoints/{"{"}id{"}"}/deliveries.
dash-delivery-response = Antwort
dash-delivery-request-body = Anfragetext
dash-delivery-resend = Erneut senden

## Dashboard: domains, payments, team, audit log, events, portal sessions
dash-branding-error-accent = Geben Sie die Akzentfarbe als # und sechs Hex-Ziffern ein, etwa #4f46e5.
dash-branding-error-name = Der Firmenname darf höchstens 200 Zeichen lang sein.
dash-branding-error-email = Geben Sie die Support-E-Mail als Adresse ein, etwa help@example.com.
dash-branding-error-support-url = Geben Sie die Support-Seite als vollständige Webadresse ein, beginnend mit https://.
dash-branding-error-privacy-url = Geben Sie die Datenschutzerklärung als vollständige Webadresse ein, beginnend mit https://.
dash-branding-error-terms-url = Geben Sie die Nutzungsbedingungen als vollständige Webadresse ein, beginnend mit https://.
dash-branding-error-logo = Das Logo muss ein PNG- oder SVG-Bild von höchstens 512 KB sein.
dash-branding-error-unreadable = Das Formular konnte nicht gelesen werden. Ein Logo darf höchstens 512 KB groß sein; versuchen Sie es mit einer kleineren Datei.
dash-too-many-attempts-title = Zu viele Anmeldeversuche
dash-too-many-attempts = { $minutes ->
    [one] Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in { $minutes } Minute erneut.
   *[other] Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in { $minutes } Minuten erneut.
}
dash-back-to-sign-in = Zurück zur Anmeldung
dash-audit-title = Audit-Log — Dashboard von { $merchant }
dash-audit-lede = Jede Änderung an den Daten dieses Kontos – über die API, das Portal oder dieses Dashboard –, mit wer sie vorgenommen hat und von wo.
dash-audit-object = Objekt
dash-audit-actor = Akteur
dash-audit-actor-placeholder = jemand@example.com oder eine ID
dash-audit-none = Keine passenden Einträge.
dash-audit-older = Ältere Einträge
dash-audit-by = Durch { $actor }
dash-audit-field = Feld
dash-audit-before = Vorher
dash-audit-after = Nachher
dash-audit-page-gone = Diese Seite des Audit-Logs ist nicht verfügbar; beginnen Sie wieder bei den neuesten Einträgen.
dash-filter = Filtern
dash-filter-clear = Zurücksetzen
dash-filter-customer = Kunde
dash-filter-from = Von
dash-filter-to = Bis
dash-filter-error-date = Geben Sie das Datum als Jahr-Monat-Tag ein, etwa 2026-12-06 (nicht „{ $text }“).
dash-events-title = Ereignisse — Dashboard von { $merchant }
dash-events-lede = Alles, was in diesem Modus geschehen ist, so wie Ihre Webhook-Endpunkte es erhalten.
dash-events-all-types = Alle Typen
dash-events-none = Keine passenden Ereignisse.
dash-events-older = Ältere Ereignisse
dash-events-body = Ereignistext
dash-events-page-gone = Diese Seite der Ereignisse ist nicht verfügbar; beginnen Sie wieder bei den neuesten.
dash-domains-title = Eigene Domains — Dashboard von { $merchant }
dash-domains-done-added = Domain hinzugefügt. Legen Sie die beiden Einträge bei Ihrem DNS-Anbieter an und wählen Sie dann Jetzt prüfen.
dash-domains-done-verified = Bestätigt: Neue Portal-Links nutzen diese Domain.
dash-domains-done-removed = Domain entfernt. Neue Portal-Links nutzen wieder die Standardadresse.
dash-domains-lede = Stellen Sie das Portal unter einem eigenen Namen bereit, etwa billing.example.com. Portal-Links nutzen eine bestätigte Domain; das Dashboard bleibt unter der Adresse dieses Servers.
dash-domains-none = Noch keine eigene Domain.
dash-domains-new = Domain hinzufügen
dash-domains-domain = Domain
dash-domains-name = Domainname
dash-domains-name-hint = Ein Name, über den Sie verfügen, ohne Schema oder Pfad.
dash-domains-add = Domain hinzufügen
dash-domains-remove-confirm = Ja, { $domain } entfernen
dash-domains-records = Bei Ihrem DNS-Anbieter anzulegende Einträge
dash-domains-type = Typ
dash-domains-value = Wert
dash-domains-record-name = Name des { $kind }-Eintrags
dash-domains-record-value = Wert des { $kind }-Eintrags
dash-domains-verify = Jetzt prüfen
dash-domains-remove = Entfernen
dash-domains-remove-text = Das Portal ist unter diesem Namen sofort nicht mehr erreichbar.
dash-payments-title = Zahlungen — Dashboard von { $merchant }
dash-payments-connected-done = Stripe ist verbunden: Live-Zahlungen laufen über Ihr Stripe-Konto.
dash-payments-test-lede = Der Testmodus belastet die Testkarten von Stripe über den eingebauten Testzahlungsdienst: Es muss nichts verbunden werden. Wechseln Sie in den Live-Modus, um Ihr Stripe-Konto zu verbinden und echte Zahlungen anzunehmen.
dash-payments-live-lede = Live-Zahlungen laufen über Ihr eigenes Stripe-Konto. Kunden geben Karten und Bankkonten in die Felder von Stripe ein, sodass Kartennummern diesen Server nie erreichen.
dash-payments-replace-heading = Schlüssel ersetzen
dash-payments-connect = Stripe verbinden
dash-payments-replace = Schlüssel ersetzen
dash-payments-keys = Stripe-Schlüssel
dash-payments-secret-key = Geheimer oder eingeschränkter Schlüssel
dash-payments-secret-key-hint = Aus dem Stripe-Dashboard unter Entwickler → API-Schlüssel. Er wird bei Stripe geprüft und dann verschlüsselt gespeichert. Testschlüssel (sk_test_…) proben den Live-Modus ohne echtes Geld.
dash-payments-publishable-key = Veröffentlichbarer Schlüssel
dash-payments-webhook-secret = Webhook-Signaturgeheimnis
dash-payments-webhook-secret-hint = Vom Webhook-Endpunkt, den Sie in Stripe für die auf dieser Seite gezeigte URL anlegen.
dash-payments-test-keys = Testschlüssel
dash-payments-connected = Verbunden
dash-payments-sandbox = Mit den Testschlüsseln von Stripe verbunden: Der Live-Modus probt im Testmodus von Stripe, es fließt kein echtes Geld, und Test-Uhren funktionieren. Ersetzen Sie sie durch Ihre Live-Schlüssel, um echte Zahlungen anzunehmen; gespeicherte Zahlungsmethoden der Kunden bleiben beim Testkonto von Stripe.
dash-payments-webhook-url = Webhook-URL für Stripe
dash-payments-webhook-url-short = Webhook-URL
dash-payments-webhook-events = Senden Sie payment_intent.succeeded, payment_intent.payment_failed und payment_method.detached.
dash-sessions-title = Portal-Sitzungen — Dashboard von { $merchant }
dash-sessions-lede = Die letzten 50 Sitzungen für Ihre Kunden. Ein Widerruf beendet eine Sitzung sofort: Die nächste Seite des Kunden meldet, dass die Sitzung abgelaufen ist.
dash-sessions-revoked = Sitzung widerrufen.
dash-sessions-none = Noch keine Portal-Sitzungen. Über die API oder die Seite eines Kunden erstellte Sitzungen erscheinen hier.
dash-sessions-ended = Diese Sitzung war bereits beendet oder gehört nicht zu diesem Konto.
dash-sessions-revoke-label = Sitzung von { $customer } widerrufen
dash-sessions-revoke = Widerrufen
dash-team-title = Team — Dashboard von { $merchant }
dash-team-done-emailed = Einladung per E-Mail verschickt. Der Link darin funktioniert einmal, 72 Stunden lang.
dash-team-done-role = Rolle geändert. Sie gilt ab der nächsten Seite.
dash-team-done-removed = Aus dem Team entfernt. Die Person wurde sofort abgemeldet.
dash-team-done-two-step-on = Die Zwei-Schritt-Anmeldung ist jetzt Pflicht: Teammitglieder ohne sie richten sie auf ihrer nächsten Seite ein.
dash-team-done-two-step-off = Die Zwei-Schritt-Anmeldung ist keine Pflicht mehr (wer sie nutzt, behält sie).
dash-team-stop-requiring = Zwei-Schritt-Anmeldung nicht mehr verlangen
dash-team-require = Zwei-Schritt-Anmeldung für alle verlangen
dash-team-two-step-required = Pflicht: Alle melden sich mit Passwort und einem Code aus einer Authenticator-App an.
dash-team-two-step-not-required = Keine Pflicht: Jedes Teammitglied entscheidet auf seiner Kontoseite.
dash-team-invite-heading = Teammitglied einladen
dash-team-invitation = Einladung
dash-team-role = Rolle
dash-team-roles-hint = Admins dürfen alles außer der Inhaberschaft. Entwickler verwalten API-Schlüssel, Webhooks und Portal-Sitzungen. Betrachter lesen nur.
dash-team-send-invitation = Einladung senden
dash-team-lede = Alle, die sich in diesem Dashboard anmelden können, und was ihre Rolle ihnen erlaubt.
dash-team-remove-confirm = Ja, { $email } entfernen
dash-team-change-role = Rolle ändern
dash-team-reinvite = Neuen Link senden
dash-team-remove-text = Die Person wird sofort abgemeldet und kann sich nicht mehr anmelden. Sie können sie später erneut einladen.
dash-team-you = (Sie)

## Dashboard: amounts typed in the catalogue
dash-amount-not-a-number = Geben Sie einen Betrag wie 12.50 ein, nur mit Ziffern
dash-amount-decimals = { $decimals ->
    [one] Diese Währung hat höchstens { $decimals } Nachkommastelle
   *[other] Diese Währung hat höchstens { $decimals } Nachkommastellen
}
dash-amount-too-large = Der Betrag ist zu groß

## Not available: why, in the customer's words
unavailable-feature = Dieses Portal bietet das nicht an.
unavailable-fields = Einige Felder müssen korrigiert werden.
unavailable-choice = Diese Auswahl ist nicht mehr möglich. Bitte gehen Sie zurück und wählen Sie erneut.
refusal-cannot-change-plan = Bei diesem Abo ist in seinem aktuellen Zustand kein Tarifwechsel möglich.
refusal-quantity-out-of-range = Wählen Sie eine Menge von 1 bis { $maximum }.
refusal-plan-not-offered = Zu diesem Tarif können Sie nicht wechseln.
refusal-quantity-bounds = Wählen Sie eine Menge von { $minimum } bis { $maximum }.
refusal-quantity-fixed = Die Menge dieses Tarifs lässt sich hier nicht ändern.
refusal-price-unavailable = Dieser Preis ist nicht mehr verfügbar.
refusal-currency-mismatch = Dieser Tarif wird in { $new } abgerechnet, Ihr Abo aber in { $current }.
refusal-already-canceled = Dieser Tarif ist bereits gekündigt oder wird zum Ende gekündigt.
refusal-no-scheduled-change = Für dieses Abo ist kein Tarifwechsel geplant.

## Live mode's processor fields (processor-fields.js)
processor-saving = Wird gespeichert …
processor-error-save = Ihre Karte oder Ihr Bankkonto konnte nicht gespeichert werden. Prüfen Sie die Angaben und versuchen Sie es noch einmal.
processor-error-unreachable = Das Zahlungsformular war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal; es wurde nichts gespeichert.
processor-error-bank = Ihre Bank hat die Zahlung nicht bestätigt. Versuchen Sie es noch einmal oder fügen Sie eine andere Karte hinzu.
processor-error-confirm = Die Zahlung konnte nicht bestätigt werden: Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.
processor-error-load = Das Zahlungsformular konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.

## Dashboard: an invoice's PDF
dash-invoice-not-found = Diese Rechnung gibt es nicht.
dash-invoice-no-pdf = Für diese Rechnung gibt es noch kein PDF.
