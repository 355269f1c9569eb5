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
plan-current = Votre formule actuelle : { $plan }.
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

## Payment methods in a sentence
payment-method-brand = { $brand } •••• { $last4 }
payment-method-card = Carte
payment-method-sepa = Prélèvement SEPA •••• { $last4 }
tax-id-generic = Numéro fiscal

## Invoice lines (written on the invoice in its customer's language)
line-item-quantity = { $quantity } × { $product }
line-unused-time = Temps non utilisé sur { $item } après le { $date }
line-remaining-time = Temps restant sur { $item } après le { $date }
line-unused-credit = Crédit non utilisé de la facture { $number }

## Reviewing a plan change
review-title = Vérifier le changement — { $merchant }
review-heading = Vérifiez votre changement
review-from-to = De { $current } à { $new } ({ $terms }).
review-adjustments = Ajustements pour la période en cours
review-charged-today = { $amount } vous seront facturés aujourd'hui.
review-next-invoice = Votre prochaine facture, le { $date }, s'élèvera à { $total }.
review-deferred = Vous conservez { $current } jusqu'au { $date }, date à laquelle le changement prendra effet ; rien n'est facturé aujourd'hui. Votre facture du { $date } s'élèvera à { $total }.
review-discount = Remise appliquée avec ce changement : { $name } ({ $amount } de moins sur votre prochaine facture).
review-schedule = Programmer le changement
review-confirm = Confirmer le changement

## Invoices
invoices-title = Factures — { $merchant }
invoices-heading = Factures
invoices-empty = Vous n'avez pas encore de facture.
invoices-section = Vos factures
invoices-column-invoice = Facture
invoices-column-date = Date
invoices-column-total = Total
invoices-column-status = Statut
invoices-column-actions = Actions
invoices-pages = Pages de factures
invoices-newer = Plus récentes
invoices-older = Plus anciennes
invoice-pay-now = Payer maintenant
invoice-title = Facture { $number } — { $merchant }
invoice-heading = Facture { $number }
invoice-paid-notice = Merci, la facture est réglée.
invoice-issued = Émise le { $date } · Période : { $period }
invoice-period-range = { $start } – { $end }
invoice-from = Émetteur
invoice-billed-to = Facturé à
invoice-lines = Lignes de la facture
invoice-description = Description
invoice-period = Période
invoice-quantity = Qté
invoice-amount = Montant
invoice-subtotal = Sous-total
invoice-total = Total
invoice-amount-paid = Montant payé
invoice-amount-due = Montant dû
invoice-payment-method = Moyen de paiement : { $method }
invoice-download = Télécharger le PDF
invoice-badge-paid = Payée
invoice-badge-open = À payer
invoice-badge-void = Annulée
invoice-badge-uncollectible = Irrécouvrable
invoice-badge-draft = Brouillon
invoice-badge-processing = En cours

## Messages after a refused action
error-session-ended = Votre session a expiré. Retournez sur le site d'où vous venez et ouvrez à nouveau le portail de facturation.
error-not-found = Nous n'avons pas trouvé cet abonnement.
error-not-available = Cette formule n'est pas disponible pour cet abonnement. Veuillez en choisir une autre.
error-choose-plan = Veuillez choisir une formule.
error-price-changed = Le prix de ce changement a évolué depuis votre vérification. Vérifiez les nouveaux montants et confirmez à nouveau.
error-card-number = Le numéro de carte est incomplet ou invalide. Veuillez le vérifier.
error-card-expiry = La date d'expiration de votre carte est incomplète ou dépassée.
error-card-cvc = Le code de sécurité de votre carte est incomplet.
error-card-declined = Votre carte a été refusée. Veuillez essayer une autre carte.
error-payment-method-missing = Nous n'avons pas trouvé ce moyen de paiement.
error-iban-invalid = Cet IBAN n'est pas valable pour le prélèvement SEPA. Vérifiez le pays, la longueur et les chiffres.
error-holder-name = Veuillez indiquer le nom du titulaire du compte.
error-card-postal-code = Indiquez le code postal de l'adresse de facturation de la carte.
error-holder-email = Veuillez indiquer une adresse e-mail valide.
error-mandate-required = Veuillez accepter le mandat de prélèvement SEPA pour continuer.
error-last-method = C'est votre seul moyen de paiement et un abonnement y est facturé. Ajoutez-en d'abord un autre.
error-payment-failed = Le paiement n'a pas abouti. Vérifiez votre carte ou ajoutez-en une autre.
error-server = Désolés, un problème est survenu de notre côté. Veuillez réessayer.

## The invoice PDF (the rest of its words are the invoice page's)
pdf-title = Facture
pdf-number = Numéro de facture
pdf-date-of-issue = Date d'émission
pdf-billing-period = Période de facturation
pdf-status = Statut
pdf-paid-with = Payé par { $method }
pdf-page-of = Page { $page } sur { $pages }
pdf-privacy = Confidentialité : { $url }
pdf-terms = Conditions : { $url }

## Receipt e-mails
receipt-subject = Votre reçu de { $business } [{ $number }]
receipt-from = Reçu de { $business }
receipt-heading = Reçu de la facture { $number }
receipt-amount-paid = Montant payé : { $amount }
receipt-invoice = Facture : { $number }
receipt-date = Date : { $date }
receipt-total = Total : { $total }
receipt-pdf = Facture au format PDF : { $url }
receipt-questions = Des questions ? { $contact }
receipt-paid-on = Payé le { $date }
receipt-paid-on-with = Payé le { $date } par { $method }
receipt-download = Télécharger la facture (PDF)

## Cancelling
cancel-title = Résilier la formule — { $merchant }
cancel-heading = Résilier la formule
cancel-offer-heading = Avant de partir
cancel-offer-text = Gardez { $plan } et profitez de { $offer }.
cancel-accept-offer = Accepter l'offre
cancel-decline-offer = Non merci, continuer la résiliation
cancel-at-period-end = Votre formule { $plan } sera résiliée le { $date }. Vous pouvez l'utiliser jusque-là et la renouveler à tout moment d'ici là.
cancel-now-credited = Votre formule { $plan } prendra fin immédiatement. Le temps non utilisé sera crédité sur votre prochaine facture.
cancel-now = Votre formule { $plan } prendra fin immédiatement.
cancel-reason = Pourquoi résiliez-vous ? (facultatif)
cancel-comment = Souhaitez-vous nous dire autre chose ? (facultatif)
cancel-confirm = Résilier la formule
cancel-keep = Garder ma formule
reason-too-expensive = C'est trop cher
reason-missing-features = Il manque des fonctionnalités
reason-switched-service = Je passe à un autre service
reason-unused = Je ne l'utilise pas assez
reason-customer-service = Le service client m'a déçu
reason-too-complex = C'est trop compliqué à utiliser
reason-low-quality = La qualité m'a déçu
reason-other = Une autre raison

## Payment methods
payment-methods-title = Moyens de paiement — { $merchant }
payment-methods-heading = Moyens de paiement
payment-methods-empty = Vous n'avez pas encore ajouté de moyen de paiement.
payment-methods-due = Paiement dû
payment-methods-debit-on-its-way = votre prélèvement est en cours ; rien à faire avant la réponse de votre banque
payment-methods-confirm-asked = votre banque vous demande de confirmer ce paiement
payment-methods-confirm = Confirmer le paiement
payment-methods-yours = Vos cartes
payment-methods-add-card = Ajouter une carte
payment-methods-card-number = Numéro de carte
payment-methods-card-brand = Réseau de la carte : { $brand }
payment-methods-expiry = Date d'expiration (MM/AA)
payment-methods-cvc = Code de sécurité
payment-methods-name-on-card = Nom sur la carte
payment-methods-postal-code = Code postal de facturation
payment-methods-use-as-default = Utiliser comme moyen de paiement par défaut
payment-methods-add-card-button = Ajouter la carte
payment-methods-add-bank = Ajouter un compte bancaire (prélèvement SEPA)
payment-methods-holder-name = Nom du titulaire du compte
payment-methods-email = E-mail
payment-methods-accept-mandate = J'accepte le mandat de prélèvement SEPA
payment-methods-add-bank-button = Ajouter le compte bancaire
payment-methods-needs-javascript = L'ajout d'une carte ou d'un compte bancaire nécessite JavaScript : les coordonnées sont transmises directement à notre prestataire de paiement, jamais à ce site.
payment-methods-default = Par défaut
payment-methods-expired = Expirée
payment-methods-expires-soon = Expire bientôt
payment-methods-make-default = Définir par défaut
payment-methods-remove = Supprimer
payment-methods-remove-named = Supprimer { $name }
payment-methods-expires = Expire fin { $date }
payment-methods-bank = Compte bancaire en { $country } · mandat { $mandate }
payment-methods-bank-accepted = Compte bancaire en { $country } · mandat { $mandate }, accepté le { $date }
payment-methods-card-added = Votre carte a été ajoutée.
payment-methods-bank-added = Votre compte bancaire a été ajouté.
payment-methods-default-changed = Votre moyen de paiement par défaut a été modifié.
payment-methods-removed = La carte a été supprimée.
payment-methods-payment-confirmed = Merci : votre banque a confirmé le paiement. La facture apparaîtra comme payée dans un instant.
payment-methods-mandate = En fournissant votre IBAN et en confirmant ce paiement, vous autorisez { $merchant } et son prestataire de paiement à envoyer des instructions à votre banque pour débiter votre compte, et votre banque à débiter votre compte conformément à ces instructions. Vous avez droit à un remboursement par votre banque selon les conditions de la convention conclue avec elle. Toute demande de remboursement doit être présentée dans les 8 semaines suivant la date de débit de votre compte.

## Billing details
details-title = Coordonnées de facturation — { $merchant }
details-needs-attention = Certains champs sont à corriger. Rien n'a été enregistré.
details-contact = Contact et adresse
details-name = Nom
details-email = E-mail
details-phone = Téléphone
details-country = Pays
details-choose-country = Choisissez un pays
details-line1 = Adresse
details-line2 = Complément d'adresse (facultatif)
details-city = Ville
details-postal-code = Code postal
details-state = État ou province (le cas échéant)
details-save = Enregistrer
details-tax-ids = Numéros fiscaux
details-no-tax-id = Aucun numéro fiscal enregistré.
details-tax-type = Type
details-add-tax-id = Ajouter un numéro fiscal
details-tax-id-invalid = Ce numéro fiscal ne correspond pas à son type et à son pays. Vérifiez le format, par exemple FR12345678901 pour un numéro de TVA intracommunautaire.
details-saved = Vos coordonnées de facturation ont été enregistrées.
details-tax-id-added = Le numéro fiscal a été ajouté.
details-tax-id-removed = Le numéro fiscal a été supprimé.
details-error-name = Indiquez un nom de 1 à 200 caractères.
details-error-email = Indiquez une adresse e-mail valide, par exemple nom@example.com.
details-error-phone = Indiquez un numéro de téléphone de 6 à 15 chiffres ; + ( ) - et les espaces sont acceptés.
details-error-line1 = Indiquez l'adresse.
details-error-city = Indiquez la ville.
details-error-postal-code = Indiquez un code postal au format du pays.
details-error-state = Indiquez le code de l'État ou de la province, par exemple CA ou ON.
details-error-country = Choisissez un pays dans la liste.
details-error-not-editable = Ce champ ne peut pas être modifié ici.
tax-id-type-eu-vat = Numéro de TVA intracommunautaire
tax-id-type-gb-vat = Numéro de TVA britannique
tax-id-type-ch-vat = Numéro de TVA suisse
tax-id-type-no-vat = Numéro de TVA norvégien
tax-id-type-us-ein = EIN (États-Unis)
tax-id-type-ca-bn = Numéro d'entreprise (Canada)
tax-id-type-au-abn = ABN (Australie)
tax-id-type-in-gst = GSTIN (Inde)
tax-id-type-jp-cn = Numéro d'entreprise japonais

## Activity
activity-title = Activité — { $merchant }
activity-intro = Les dernières modifications de votre abonnement, de vos moyens de paiement et de vos coordonnées de facturation.
activity-section = Dernières modifications
activity-empty = Aucune modification pour l'instant.
activity-when = { $date }, { $time } UTC
activity-you = Vous
activity-automatic = Automatique
activity-separator = {" ; "}
activity-list-separator = {", "}
activity-subscribed = Abonnement à { $plan }
activity-ended = Abonnement terminé
activity-changed-plan = Formule changée de { $from } à { $to }
activity-changed-quantity = Quantité changée de { $from } à { $to }
activity-cancel-scheduled = Abonnement résilié à la fin de la période
activity-cancel-withdrawn = Abonnement conservé (résiliation annulée)
activity-change-dropped = Changement de formule programmé abandonné
activity-change-scheduled = Changement de formule programmé pour la fin de la période
activity-paused = Abonnement suspendu
activity-resumed = Abonnement repris
activity-cancelled = Abonnement résilié
activity-past-due = Paiement en retard
activity-status = L'abonnement est désormais : { $status }
activity-updated = Abonnement modifié
activity-discount = Remise appliquée
activity-renewed = Abonnement renouvelé
activity-default-method = Moyen de paiement par défaut modifié
activity-details = Coordonnées de facturation modifiées ({ $fields })
activity-field-name = nom
activity-field-email = e-mail
activity-field-phone = téléphone
activity-field-address = adresse
activity-tax-id-added = Numéro fiscal { $value } ajouté
activity-tax-id-removed = Numéro fiscal { $value } supprimé
activity-method-added = { $method } ajouté
activity-method-removed = { $method } supprimé
activity-invoice-paid = Facture { $number } payée
activity-invoice-failed = Échec du paiement de la facture { $number }
activity-invoice-uncollectible = La facture { $number } a été déclarée irrécouvrable
activity-invoice-voided = La facture { $number } a été annulée

## A deep link's end
done-title = Terminé — { $merchant }
done-heading = C'est fait
done-saved = Votre modification a été enregistrée.
done-return = Retourner sur le site

## Screens outside a session (in the browser's language)
screen-expired-title = Session expirée
screen-expired-heading = Cette session a expiré
screen-expired-text = Pour votre sécurité, les liens du portail de facturation ne fonctionnent qu'une fois et pour peu de temps. Revenez en arrière et ouvrez à nouveau le portail de facturation pour continuer.
screen-signed-out-title = Déconnecté
screen-signed-out-heading = Vous êtes déconnecté
screen-signed-out-text = Votre session sur le portail de facturation est terminée. Pour revenir, ouvrez à nouveau le portail depuis le site.
screen-error-title = Un problème est survenu
screen-error-text = Désolés, un problème est survenu de notre côté. Rechargez la page pour réessayer.
screen-opening-title = Ouverture du portail de facturation
screen-opening = Ouverture de votre portail de facturation…
screen-needs-javascript = Activez JavaScript pour ouvrir ce lien sécurisé.
screen-ended-title = Session terminée
screen-ended-heading = Votre session est terminée
screen-ended-text = Pour votre sécurité, le portail de facturation vous déconnecte au bout d'un moment. Retournez sur le site d'où vous venez et ouvrez à nouveau le portail.
screen-not-found-title = Introuvable
screen-not-found-heading = Nous n'avons pas trouvé cette page
screen-back-to-overview = Retour à votre facturation
screen-not-available = Indisponible
screen-nothing-to-confirm = Rien à confirmer
screen-nothing-to-confirm-text = Ce paiement n'a plus besoin de votre confirmation : il a été réglé, ou un paiement plus récent est en cours. Vous pouvez fermer cette page.

## The "Confirm your payment" e-mail
confirm-mail-subject = Confirmez votre paiement à { $business } [{ $number }]
confirm-mail-asks = Votre banque vous demande de confirmer votre paiement de { $amount } à { $business } (facture { $number }).
confirm-mail-link = Confirmez-le ici : { $link }
confirm-mail-lifetime = { $days ->
    [one] Le lien est valable { $days } jour. Tant que le paiement n'est pas confirmé, la facture reste due.
   *[other] Le lien est valable { $days } jours. Tant que le paiement n'est pas confirmé, la facture reste due.
}
