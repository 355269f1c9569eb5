# VINR Portal : français.

## Cadre du portail
layout-return = Retour à { $merchant }
layout-footer-links = Aide et mentions légales
layout-support = Aide
layout-privacy = Politique de confidentialité
layout-terms = Conditions d'utilisation
layout-sign-out = Se déconnecter
layout-powered-by = Propulsé par VINR Portal
layout-language = Langue
layout-language-apply = Changer de langue

## Vue d'ensemble
overview-title = Facturation — { $merchant }
overview-heading = Facturation
overview-no-subscription = Vous n'avez pas encore d'abonnement.
overview-payment-failed = Votre dernier paiement a échoué. Nous réessaierons automatiquement ; vérifiez que votre moyen de paiement est à jour.
overview-update-payment-method = Mettre à jour le moyen de paiement
overview-current-plan = Formule actuelle
overview-payment-method = Moyen de paiement
overview-no-payment-method = Aucun moyen de paiement enregistré
overview-manage-payment-methods = Gérer les moyens de paiement
overview-billing-details = Coordonnées de facturation
overview-edit-billing-details = Modifier les coordonnées de facturation
overview-invoices = Factures
overview-invoices-text = Consultez vos factures, réglez celles en attente et téléchargez-les en PDF.
overview-view-invoices = Voir les factures
overview-activity = Activité
overview-activity-text = Voyez ce qui a changé sur votre compte, quand et par qui.
overview-view-activity = Voir l'activité
overview-quantity = Quantité : { $quantity }
overview-keep-current-plan = Garder la formule actuelle
overview-change-plan = Changer de formule
overview-cancel-plan = Résilier la formule
overview-pause-billing = Suspendre la facturation
overview-pause-until-resumed = jusqu'à ce que je la reprenne
overview-pause-for-months = { $months ->
    [one] pendant { $months } mois
   *[other] pendant { $months } mois
}
overview-pause = Suspendre
overview-resume-billing = Reprendre la facturation
overview-renew-plan = Renouveler la formule

## Messages après une action
notice-plan-updated = Votre formule a été modifiée.
notice-cancel-scheduled = Votre formule sera résiliée à la fin de la période de facturation.
notice-canceled = Votre formule a été résiliée.
notice-reactivated = Votre formule sera renouvelée comme d'habitude.
notice-offer-accepted = Offre appliquée. Merci de rester avec nous !
notice-change-scheduled = Votre changement de formule aura lieu à la fin de la période de facturation.
notice-change-dropped = Vous gardez votre formule actuelle.
notice-paused = La facturation est suspendue. Rien ne vous sera prélevé pendant la suspension.
notice-resumed = La facturation a repris.

## Un abonnement dans la vue d'ensemble
subscription-ended-on = Terminé le { $date }
subscription-cancels-on = Prend fin le { $date }
subscription-paused-period = Facturation suspendue ; la période se termine le { $date }
subscription-renews-on = Renouvellement le { $date }
subscription-changes-to = { $quantity ->
    [one] Passe à { $plan } le { $date }
   *[other] Passe à { $quantity } × { $plan } le { $date }
}
subscription-paused-until = Suspendu jusqu'au { $date }
subscription-paused = Suspendu
subscription-latest-invoice = Dernière facture { $number } · { $date } · { $total } · { $status }
subscription-draft-number = (brouillon)

## Statuts
status-trialing = Essai
status-active = Actif
status-past-due = En retard
status-paused = Suspendu
status-canceled = Résilié
status-unpaid = Impayé
invoice-status-paid = Payée
invoice-status-open = Paiement dû
invoice-status-uncollectible = Impayée
invoice-status-void = Annulée
invoice-status-draft = Brouillon

## Prix
price-per-month = { $count ->
    [one] { $amount } par mois
   *[other] { $amount } tous les { $count } mois
}
price-per-year = { $count ->
    [one] { $amount } par an
   *[other] { $amount } tous les { $count } ans
}

## Changer de formule
common-back = Retour
plan-title = Changer de formule — { $merchant }
plan-heading = Changer de formule
plan-current = Votre formule actuelle : { $plan }.
plan-choose = Choisissez une formule
plan-current-badge = Formule actuelle
plan-quantity = Quantité (de { $minimum } à { $maximum })
plan-review = Vérifier le changement
plan-none = Aucune autre formule n'est disponible.

## Remises
discount-percent-off = { $percent } % de remise
discount-amount-off = { $amount } de remise
discount-once = une fois
discount-forever = sans limite de durée
discount-months = { $months ->
    [one] pendant { $months } mois
   *[other] pendant { $months } mois
}
discount-terms = { $off } { $duration }
discount-named = { $name } : { $terms }
discount-unknown = Remise
