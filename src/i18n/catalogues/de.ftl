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
