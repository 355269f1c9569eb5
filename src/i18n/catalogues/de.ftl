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
