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

## Dashboard: the frame
dash-sign-in = Se connecter
dash-sign-out = Se déconnecter
dash-error-signed-out = Connectez-vous pour continuer.
dash-error-two-step-title = Configurer la connexion en deux étapes
dash-error-two-step = Votre équipe exige la connexion en deux étapes.
dash-error-not-found-title = Introuvable
dash-error-not-found = Nous n'avons pas trouvé cet élément.
dash-error-refused-title = Action non autorisée
dash-error-server-title = Un problème est survenu
dash-error-server = Désolés, un problème est survenu de notre côté. Veuillez réessayer.
dash-nav-label = Tableau de bord
dash-nav-home = Accueil
dash-nav-customers = Clients
dash-nav-catalogue = Catalogue
dash-nav-branding = Image de marque
dash-nav-portal = Portail
dash-nav-domains = Domaines
dash-nav-payments = Paiements
dash-nav-api-keys = Clés d'API
dash-nav-webhooks = Webhooks
dash-nav-events = Événements
dash-nav-audit-log = Journal d'audit
dash-nav-portal-sessions = Sessions du portail
dash-nav-team = Équipe
dash-live-mode = Mode production
dash-test-mode = Mode test
dash-view-test-data = Voir les données de test
dash-view-live-data = Voir les données de production
dash-test-mode-strip = Vous consultez des données de test. Aucun argent réel n'est en jeu ici.

## Dashboard: signing in and the account
dash-sign-in-title = Connexion — tableau de bord VINR Portal
dash-sign-in-heading = Connectez-vous à votre tableau de bord
dash-signed-out = Vous êtes déconnecté.
dash-email = E-mail
dash-password = Mot de passe
dash-sign-in-error-credentials = Cet e-mail et ce mot de passe ne correspondent à aucun compte.
dash-sign-in-error-expired = La connexion a pris plus de 5 minutes ; saisissez à nouveau votre e-mail et votre mot de passe.
dash-sign-in-error-code = Ce code est incorrect ou a déjà servi. Saisissez les 6 chiffres que votre application affiche maintenant, ou un code de récupération.
dash-password-error-short = Choisissez un mot de passe d'au moins 12 caractères.
dash-password-error-long = Choisissez un mot de passe de 256 caractères au plus.
dash-password-error-common = Ce mot de passe fait partie des plus courants : choisissez-en un autre.
dash-password-error-email = Votre mot de passe ne doit pas être votre adresse e-mail.
dash-password-error-mismatch = Les deux mots de passe ne sont pas identiques.
dash-password-error-current = Le mot de passe actuel saisi n'est pas le bon.
dash-code-title = Votre code de connexion — tableau de bord VINR Portal
dash-code-heading = Saisissez votre code de connexion
dash-code-text = Ouvrez votre application d'authentification et saisissez le code à 6 chiffres affiché pour VINR Portal. Téléphone perdu ? Saisissez plutôt l'un de vos codes de récupération.
dash-code = Code
dash-code-start-again = Recommencer
dash-setup-expired-title = Lien expiré — tableau de bord VINR Portal
dash-setup-expired-heading = Ce lien a expiré
dash-setup-expired-text = Les liens de configuration servent une fois, pendant 72 heures. Demandez-en un nouveau à la personne qui a créé votre compte.
dash-setup-title = Choisissez votre mot de passe — tableau de bord VINR Portal
dash-setup-heading = Choisissez votre mot de passe
dash-setup-as = Vous vous connecterez en tant que { $email }.
dash-new-password = Nouveau mot de passe
dash-password-hint = Au moins 12 caractères. Quelques mots sans rapport entre eux font un mot de passe solide.
dash-setup-confirm = Le même mot de passe, une seconde fois
dash-setup-save = Enregistrer le mot de passe et se connecter
dash-account-title = Votre compte — tableau de bord { $merchant }
dash-account-heading = Votre compte
dash-account-signed-in-as = Connecté en tant que { $email } ({ $role }).
dash-account-password-changed = Mot de passe modifié. Vous restez connecté ici ; toutes les autres sessions de votre compte ont pris fin.
dash-account-change-heading = Modifier votre mot de passe
dash-account-current-password = Mot de passe actuel
dash-account-confirm = Le nouveau mot de passe, une seconde fois
dash-account-change-password = Modifier le mot de passe
dash-two-step-heading = Connexion en deux étapes
dash-two-step-off-done = La connexion en deux étapes est désactivée. Vous vous connectez avec votre seul mot de passe.
dash-two-step-wrong = Ce code est incorrect ou a déjà servi. Saisissez les 6 chiffres que votre application affiche maintenant.
dash-two-step-restart = Recommencez la configuration : aucune nouvelle clé n'attend de code.
dash-two-step-required = Votre équipe exige la connexion en deux étapes : elle reste activée.
dash-two-step-needed = Votre équipe exige la connexion en deux étapes. Configurez-la ici pour continuer à utiliser le tableau de bord.
dash-two-step-codes-left = { $left ->
    [one] Il reste { $left } code de récupération sur 10.
   *[other] Il reste { $left } codes de récupération sur 10.
}
dash-two-step-on = Activée
dash-two-step-on-text = Vous vous connectez avec votre mot de passe et un code de votre application d'authentification.
dash-two-step-renew-label = Code de votre application, pour de nouveaux codes de récupération
dash-two-step-renew = Créer de nouveaux codes de récupération
dash-two-step-disable-label = Code de votre application, pour la désactiver
dash-two-step-disable = Désactiver la connexion en deux étapes
dash-two-step-step-add = Dans votre application d'authentification (1Password, Google Authenticator, Authy…), ajoutez un compte avec cette clé, ou ouvrez le lien sur cet appareil :
dash-two-step-setup-key = Clé de configuration
dash-two-step-open-app = Ouvrir dans une application d'authentification sur cet appareil
dash-two-step-step-code = Saisissez le code à 6 chiffres que l'application affiche maintenant pour VINR Portal :
dash-two-step-code-label = Code de votre application
dash-two-step-enable = Activer la connexion en deux étapes
dash-two-step-off-text = Désactivée. Une fois activée, la connexion demande aussi un code d'une application d'authentification sur votre téléphone : un mot de passe volé ne suffit plus.
dash-two-step-team-requires = Votre équipe l'exige de tous.

## Dashboard: words built from what the services read
dash-role-owner = Propriétaire
dash-role-admin = Administrateur
dash-role-developer = Développeur
dash-role-viewer = Lecteur
dash-home-past-due-since = { $subscription } · en retard depuis le { $date }
dash-home-unpaid-since = { $subscription } · impayé depuis le { $date }
dash-home-endpoint-disabled = Désactivé : il ne reçoit aucun événement
dash-home-endpoint-failing-since = Livraisons en échec depuis le { $date }
dash-home-endpoint-failing = Livraisons en échec
dash-home-domain-lapsed = N'est plus servi : son enregistrement TXT est absent
dash-home-domain-txt-missing = Son enregistrement TXT est absent ; il cessera d'être servi au bout de 7 jours
dash-home-domain-waiting = En attente de ses enregistrements DNS
dash-status-active = Actif
dash-status-trial = Essai
dash-status-past-due = En retard
dash-status-unpaid = Impayé
dash-status-paused = En pause
dash-status-canceled = Résilié
dash-customer-keep = Conserver l'abonnement
dash-customer-keep-confirm = Oui, conserver l'abonnement
dash-customer-keep-text = Il sera renouvelé le { $date }, comme prévu.
dash-customer-cancel-at-period-end = Résilier en fin de période
dash-customer-cancel-at-period-end-confirm = Oui, résilier en fin de période
dash-customer-cancel-at-period-end-text = Le client garde la formule jusqu'au { $date } ; plus rien n'est facturé.
dash-customer-cancel-now = Résilier maintenant
dash-customer-cancel-now-confirm = Oui, résilier maintenant
dash-customer-cancel-now-text = L'abonnement prend fin aujourd'hui. Le temps non utilisé n'est pas crédité.
dash-customer-subscription-renews = { $subscription } · { $price } · renouvelé le { $date }
dash-customer-subscription-cancels = { $subscription } · { $price } · résilié le { $date }
dash-customer-mandate = Mandat { $reference }
dash-customer-card-expires = Expire fin { $expiry }
dash-default = Par défaut
dash-invoice-paid = Payée
dash-invoice-due = À payer
dash-invoice-uncollectible = Irrécouvrable
dash-invoice-void = Annulée
dash-invoice-draft = Brouillon
dash-customer-pay-now = Payer maintenant
dash-customer-pay-now-confirm = Oui, payer maintenant
dash-customer-pay-now-text = Débite maintenant { $amount } sur le moyen de paiement par défaut du client.
dash-customer-void = Annuler la facture
dash-customer-void-confirm = Oui, annuler la facture
dash-customer-void-text = Le client ne la devra plus. Cette action est irréversible.
dash-customer-tax-id = Numéro fiscal
dash-customer-change-by = { $when } · par { $actor }
dash-customer-configuration-default = { $id } (par défaut)
dash-browser-on-system = { $browser } sous { $system }
dash-session-signed-in = Connecté
dash-session-not-opened = Lien pas encore ouvert
dash-session-ended = Terminée
dash-session-expired-unopened = Expiré sans avoir été ouvert
dash-session-created = Créée le { $when } · configuration { $configuration }
dash-session-works-until = valable jusqu'au { $when }
dash-session-opened = Ouverte le { $when }
dash-session-opened-from = Ouverte le { $when } depuis { $address }
dash-keys-unnamed = Clé sans nom
dash-keys-last-used = Dernière utilisation le { $when }
dash-keys-never-used = Jamais utilisée
dash-created = Créé le { $when }
dash-keys-stops-working = Cesse de fonctionner le { $when }
dash-portal-for-past-due = Pour les clients en retard de paiement
dash-portal-alternate = Alternative
dash-webhooks-enabled = Activé
dash-webhooks-disabled = Désactivé
dash-webhooks-all-events = Tous les événements
dash-delivery-delivered = Livrée
dash-delivery-failed = Échouée
dash-delivery-retrying = Nouvelle tentative
dash-delivery-waiting = En attente
dash-delivery-next-try = prochaine tentative le { $when }
dash-delivery-http = HTTP { $status } en { $ms } ms
dash-delivery-no-answer-error = Pas de réponse ({ $error }) après { $ms } ms
dash-delivery-no-answer = Pas de réponse après { $ms } ms
dash-delivery-try = Tentative { $number } · { $when }
dash-team-invited-until = Invité · lien valable jusqu'au { $when }
dash-team-invitation-expired = Invitation expirée
dash-actor-dashboard = tableau de bord
dash-actor-api-key = clé d'API
dash-actor-portal = le client, dans le portail
dash-events-object-by = { $object } · par { $actor }
dash-domains-verified = Vérifié
dash-domains-waiting = En attente du DNS
dash-domains-lapsed = Expiré
dash-domains-checked-error = Vérifié le { $when } : { $error }
dash-domains-checked-ok = Vérifié le { $when } : l'enregistrement TXT est en place.
dash-domains-serving-until = L'enregistrement TXT est absent : le domaine reste servi jusqu'au { $when }, puis s'arrête si l'enregistrement n'est pas rétabli.

## Dashboard: home
dash-home-title = Accueil — tableau de bord { $merchant }
dash-home-heading = Ce qui demande votre attention
dash-home-past-due = Clients en retard de paiement
dash-home-past-due-none = Aucun client n'est en retard de paiement.
dash-home-failing-endpoints = Endpoints de webhook en échec
dash-home-failing-endpoints-none = Chaque endpoint de webhook reçoit ses événements.
dash-home-domains = Domaines personnalisés
dash-home-domains-none = Aucun domaine personnalisé n'attend de vérification.
dash-home-activity = Activité récente du portail
dash-home-activity-none = Aucun client n'a encore rien modifié dans le portail.

## Dashboard: API keys
dash-keys-title = Clés d'API — tableau de bord { $merchant }
dash-keys-revoked = Clé révoquée. Les requêtes faites avec elle sont désormais refusées.
dash-keys-role = Votre rôle dans cette équipe ne permet pas cette modification ; demandez à un propriétaire, un administrateur ou un développeur.
dash-keys-overlap = Choisissez combien de temps l'ancienne clé reste valable : de tout de suite à 7 jours.
dash-keys-name-too-long = Le nom d'une clé ne peut pas dépasser 100 caractères.
dash-keys-unknown = Cette clé ne fonctionne plus, ou elle n'appartient pas à ce compte.
dash-keys-create-test = Créer une clé de test
dash-keys-create-live = Créer une clé de production
dash-keys-lede = Les clés secrètes permettent à votre serveur d'appeler l'API REST et de créer des sessions du portail. Gardez-les sur votre serveur : jamais dans un navigateur, une application ou un dépôt.
dash-keys-new = Nouvelle clé
dash-name = Nom
dash-keys-name-placeholder = Serveur de production
dash-keys-name-hint = À quoi sert la clé, pour savoir plus tard laquelle révoquer.
dash-keys-go-live = Passer en production
dash-keys-go-live-text = Une clé de production ouvre le mode production : de vrais clients, et de vrais paiements une fois Stripe connecté dans Réglages → Paiements.
dash-keys-live-server = Serveur de production
dash-keys-none = Aucune clé valable dans ce mode.
dash-keys-revoke-confirm = Oui, révoquer { $name } ({ $key })
dash-keys-roll-or-revoke = Renouveler ou révoquer
dash-keys-overlap-label = L'ancienne clé reste valable
dash-keys-overlap-none = pas du tout : l'arrêter maintenant
dash-keys-overlap-hour = pendant 1 heure
dash-keys-overlap-day = pendant 24 heures
dash-keys-overlap-week = pendant 7 jours
dash-keys-roll = Renouveler : créer une nouvelle clé
dash-keys-revoke-hint = La révocation refuse immédiatement toute requête faite avec cette clé, sur chaque instance.

## Dashboard: customers
dash-customers-title = Clients — tableau de bord { $merchant }
dash-customers-none = Aucun client pour l'instant. Les clients créés via l'API apparaissent ici.
dash-customers-no-match = Aucun client ne correspond à « { $search } ».
dash-customers-search-label = Rechercher par identifiant, nom ou e-mail
dash-customers-search = Rechercher
dash-customers-since = { $id } · depuis le { $date }
dash-pages = Pages
dash-previous-page = Page précédente
dash-next-page = Page suivante
dash-customer-title = { $name } — tableau de bord { $merchant }
dash-customer-configuration = Configuration du portail
dash-customer-open-portal = Ouvrir le portail en tant que ce client
dash-customer-subscriptions = Abonnements
dash-customer-subscriptions-none = Aucun abonnement.
dash-customer-payment-methods = Moyens de paiement
dash-customer-payment-methods-none = Aucun moyen de paiement enregistré.
dash-customer-invoices = Factures
dash-customer-invoices-none = Aucune facture pour l'instant.
dash-customer-tax-ids = Numéros fiscaux
dash-customer-tax-ids-none = Aucun numéro fiscal.
dash-customer-changes = Événements et entrées d'audit
dash-customer-changes-none = Aucune modification enregistrée pour l'instant.
dash-customer-done-cancel-period-end = L'abonnement sera résilié à la fin de sa période.
dash-customer-done-cancel-now = L'abonnement est résilié.
dash-customer-done-reactivated = L'abonnement sera renouvelé comme avant.
dash-customer-done-paid = Paiement encaissé : la facture est payée.
dash-customer-done-voided = La facture est annulée.
dash-done = C'est fait.
dash-decline-card-declined = Le paiement a échoué : la carte du client a été refusée.
dash-decline-insufficient-funds = Le paiement a échoué : le solde de la carte est insuffisant.
dash-decline-expired-card = Le paiement a échoué : la carte du client a expiré.
dash-decline-incorrect-cvc = Le paiement a échoué : le code de sécurité de la carte a été refusé.
dash-decline-debit-failed = Le paiement a échoué : la banque du client a rejeté le prélèvement.
dash-decline-authentication-required = La banque du client lui demande de confirmer ce paiement ; il peut le faire dans le portail.
dash-decline-refused = Le prestataire de paiement a refusé le paiement ; le journal en donne la raison.
dash-decline-no-payment-method = Le client n'a aucun moyen de paiement enregistré ; il peut en ajouter un dans le portail.
dash-decline-unavailable = Le prestataire de paiement est injoignable ; réessayez dans un instant.
dash-role-owner-or-admin = Votre rôle dans cette équipe ne permet pas cette modification ; demandez à un propriétaire ou à un administrateur.
dash-customer-not-theirs = Cet élément n'appartient pas à ce client.

## Dashboard: branding
dash-branding-title = Image de marque — tableau de bord { $merchant }
dash-branding-support-url = Page d'assistance
dash-branding-support-email = E-mail d'assistance
dash-branding-privacy = Politique de confidentialité
dash-branding-terms = Conditions d'utilisation
dash-branding-links = Liens d'assistance et juridiques
dash-branding-links-hint = Affichés en bas de chaque page du portail et sur les factures. Laissez un champ vide pour ne rien afficher.
dash-branding-logo = Logo
dash-branding-current-logo = Votre logo actuel
dash-branding-remove-logo = Supprimer le logo (le portail affiche seulement le nom de votre entreprise)
dash-branding-upload-logo = Téléverser un nouveau logo
dash-branding-logo-hint = PNG ou SVG, 512 Ko au plus. Il s'affiche sur fond blanc, 36 pixels de haut au maximum.
dash-branding-lede = Votre marque sur le portail client, les factures PDF et les reçus, en mode test comme en production. Les clients voient une modification enregistrée dès la page suivante qu'ils ouvrent.
dash-branding-saved = Image de marque enregistrée.
dash-branding-samples = Exemples
dash-branding-samples-hint = Générés avec le contenu actuel de ce formulaire, enregistré ou non, pour un client fictif ; ils s'ouvrent dans un nouvel onglet et n'enregistrent rien.
dash-branding-sample-invoice = Exemple de facture PDF
dash-branding-sample-receipt = Exemple de reçu
dash-branding-save = Enregistrer l'image de marque
dash-branding-read-only = Votre rôle vous permet de voir la marque. Un propriétaire ou un administrateur peut la modifier.
dash-branding-business-name = Nom de l'entreprise
dash-branding-empty-name = Vide : le portail affiche « { $merchant } ».
dash-branding-accent = Couleur d'accent
dash-branding-picker = Sélecteur de couleur
dash-branding-not-a-colour = Saisissez une couleur sous la forme # suivi de six chiffres hexadécimaux, par exemple #4f46e5.
dash-branding-summary-white = Les boutons utilisent { $accent } avec un texte blanc ; les liens s'affichent en { $link }.
dash-branding-summary-dark = Les boutons utilisent { $accent } avec un texte foncé ; les liens s'affichent en { $link }.
dash-branding-summary-white-darkened = Les boutons utilisent { $accent } avec un texte blanc. Sur les fonds clairs du portail, la couleur a un contraste de { $ratio }:1, sous les 4,5:1 nécessaires au texte : les liens s'affichent donc en { $link }.
dash-branding-summary-dark-darkened = Les boutons utilisent { $accent } avec un texte foncé. Sur les fonds clairs du portail, la couleur a un contraste de { $ratio }:1, sous les 4,5:1 nécessaires au texte : les liens s'affichent donc en { $link }.
dash-branding-preview = Aperçu du portail
dash-branding-preview-button = Changer de formule
dash-branding-preview-link = Voir l'historique des factures

## Dashboard: portal settings
dash-portal-title = Réglages du portail — tableau de bord { $merchant }
dash-portal-heading = Réglages du portail
dash-portal-lede = Ce que les clients peuvent faire dans le portail. Les sessions utilisent la configuration par défaut, sauf si votre serveur en désigne une autre en les créant.
dash-portal-saved = Réglages du portail enregistrés. Les sessions ouvertes à partir de maintenant les utilisent ; les sessions en cours les appliquent dès leur page suivante.
dash-portal-created = Configuration créée comme copie de celle par défaut. Passez son identifiant dans `configuration` lorsque vous créez des sessions du portail.
dash-portal-preview-refused = Choisissez l'un de vos clients de test pour prévisualiser le portail.
dash-portal-unknown = Cette configuration n'existe pas dans ce compte.
dash-portal-field-address = Adresse de facturation
dash-portal-field-phone = Téléphone
dash-portal-proration-create = Créditer ou facturer la différence sur la prochaine facture
dash-portal-proration-invoice = Facturer la différence immédiatement
dash-portal-proration-none = Pas de prorata
dash-portal-proration-default = Rien (par défaut)
dash-portal-configurations = Configurations du portail
dash-portal-new = Nouvelle configuration
dash-portal-preview-as = Prévisualiser en tant que
dash-portal-preview = Aperçu
dash-portal-preview-hint = Ouvre le portail dans un nouvel onglet en tant que ce client de test, avec cette configuration telle qu'enregistrée.
dash-portal-save = Enregistrer les réglages du portail
dash-portal-read-only = Votre rôle vous permet de voir les réglages du portail. Un propriétaire ou un administrateur peut les modifier.
dash-portal-no-price-ticked = Aucun prix coché : tous les prix du produit.
dash-portal-quantity = Les clients choisissent la quantité
dash-portal-quantity-from = De
dash-portal-quantity-to = à
dash-portal-payments-and-invoices = Paiements et factures
dash-portal-payment-methods-detail = les clients ajoutent des cartes et des mandats SEPA, les suppriment et choisissent celui par défaut.
dash-portal-invoice-history = Historique des factures
dash-portal-invoice-history-detail = les clients voient leurs factures, téléchargent les PDF et règlent celles en attente.
dash-portal-billing-details = Informations de facturation
dash-portal-billing-details-detail = les clients modifient ce qui figure sur leurs factures.
dash-portal-they-may-change = Ils peuvent modifier :
dash-portal-plan-changes = Changements de formule
dash-portal-plan-changes-detail = les clients passent à une autre formule ou modifient leur quantité.
dash-portal-plans = Formules vers lesquelles ils peuvent passer :
dash-portal-update-proration = Facturation d'un changement de formule
dash-portal-schedule = Ces changements attendent la fin de la période payée au lieu de s'appliquer tout de suite :
dash-portal-schedule-downgrade = Une formule moins chère (rétrogradation)
dash-portal-schedule-shorter = Une période de facturation plus courte (de l'annuel au mensuel)
dash-portal-cancellation = Résiliation
dash-portal-cancellation-detail = les clients résilient eux-mêmes leur formule.
dash-portal-cancel-mode = Quand une résiliation prend effet :
dash-portal-cancel-at-period-end = À la fin de la période payée (ils peuvent changer d'avis d'ici là)
dash-portal-cancel-at-once = Immédiatement
dash-portal-cancel-proration = Remboursement du temps non utilisé, en cas de résiliation immédiate
dash-portal-ask-why = Demander pourquoi
dash-portal-ask-why-detail = les clients choisissent une raison avant de confirmer.
dash-portal-retention = Offre de fidélisation
dash-portal-no-offer = Aucune offre
dash-portal-retention-hint = Un coupon proposé une fois avant que le client confirme ; l'accepter conserve la formule avec la remise.
dash-portal-pause = Pause
dash-portal-pause-detail = les clients suspendent les prélèvements un temps au lieu de résilier.
dash-portal-words-and-links = Textes et liens
dash-portal-headline = Titre
dash-portal-headline-placeholder = Gérez votre abonnement
dash-portal-return-url = Adresse de retour par défaut
dash-portal-return-url-hint = Où mène « Retour au site » lorsqu'une session n'indique pas d'adresse de retour.
dash-portal-frame-ancestors = Sites autorisés à intégrer le portail
dash-portal-frame-ancestors-hint = Une origine par ligne, 10 au plus. Vide : aucun site ne peut afficher le portail dans un cadre.
dash-portal-use = Utilisation
dash-portal-is-default = C'est la configuration par défaut. Pour changer cela, faites d'une autre la configuration par défaut.
dash-portal-make-default = En faire la configuration par défaut
dash-portal-past-due-default = L'utiliser pour les clients dont le paiement a échoué (en retard)

## Dashboard: portal settings form
dash-portal-error-minimum = Saisissez la plus petite quantité sous forme de nombre entier, par exemple { $example }.
dash-portal-error-maximum = Saisissez la plus grande quantité sous forme de nombre entier, par exemple { $example }.
dash-portal-field-minimum = Plus petite quantité
dash-portal-field-maximum = Plus grande quantité
dash-portal-field-products = Formules proposées
dash-portal-field-reasons = Raisons de résiliation
dash-portal-field-cancel-proration = Remboursement à la résiliation
dash-portal-field-schedule = Changements en fin de période

## Dashboard: catalogue
dash-catalogue-title = Catalogue — tableau de bord { $merchant }
dash-catalogue-done-product = Produit créé. Ajoutez un prix pour que les clients puissent s'y abonner.
dash-catalogue-done-price = Prix ajouté.
dash-catalogue-done-archived = Archivé : n'est plus proposé aux nouveaux abonnements ni aux changements de formule. Les abonnements existants continuent de se renouveler.
dash-catalogue-done-restored = Restauré : proposé de nouveau partout où vos réglages du portail le mentionnent.
dash-catalogue-done-coupon = Coupon créé. Proposez-le comme offre de fidélisation dans Réglages → Portail.
dash-catalogue-new-product = Nouveau produit
dash-catalogue-product = Produit
dash-catalogue-description = Description (facultative)
dash-catalogue-create-product = Créer le produit
dash-catalogue-lede = Les produits et leurs prix sont ce à quoi les clients s'abonnent et entre quoi ils changent dans le portail. Les coupons sont des remises, proposées comme offres de fidélisation quand un client résilie.
dash-catalogue-products = Produits
dash-catalogue-products-none = Aucun produit pour l'instant.
dash-catalogue-coupons = Coupons
dash-catalogue-coupons-none = Aucun coupon pour l'instant.
dash-catalogue-archived = Archivé
dash-catalogue-prices-of = Prix de { $name }
dash-catalogue-archive-product = Archiver le produit
dash-catalogue-archive-product-text = Les nouveaux abonnements et changements de formule ne proposent plus ses prix. Les abonnements existants continuent de se renouveler, et vous pouvez le restaurer à tout moment.
dash-catalogue-archive-confirm = Oui, archiver { $name }
dash-catalogue-archive = Archiver { $name }
dash-catalogue-restore = Restaurer { $name }
dash-catalogue-add-price-summary = Ajouter un prix…
dash-catalogue-prices-none = Aucun prix pour l'instant : les clients ne peuvent pas s'y abonner.
dash-catalogue-price = Prix
dash-id = Identifiant
dash-status = Statut
dash-action = Action
dash-catalogue-lookup-key = Clé de recherche
dash-catalogue-new-price = Nouveau prix pour { $product }
dash-catalogue-months = Mois
dash-catalogue-years = Ans
dash-catalogue-amount = Montant
dash-catalogue-currency = Devise
dash-catalogue-billed-every = Facturé tous les
dash-catalogue-months-or-years = Mois ou ans
dash-catalogue-lookup-key-optional = Clé de recherche (facultative)
dash-catalogue-add-price = Ajouter le prix
dash-coupon-percent-kind = Un pourcentage de remise
dash-coupon-amount-kind = Un montant de remise
dash-coupon-once = Une fois : la prochaine facture
dash-coupon-repeating = Pendant un certain nombre de mois
dash-coupon-forever = Pour toujours
dash-coupon-new = Nouveau coupon
dash-coupon = Coupon
dash-coupon-name = Nom (facultatif)
dash-coupon-name-placeholder = Restez avec nous
dash-coupon-discount = Remise
dash-coupon-percent = Pourcentage de remise (pour un pourcentage)
dash-coupon-amount = Montant de remise (pour un montant)
dash-coupon-currency = Devise (pour un montant)
dash-coupon-applies = S'applique
dash-coupon-months = Mois (pour un certain nombre de mois)
dash-coupon-create = Créer le coupon
dash-catalogue-not-found = Ce produit ou ce prix ne figure pas dans le catalogue de ce compte.
dash-catalogue-error-currency = Choisissez une devise dans la liste
dash-catalogue-error-interval-count = Saisissez la durée d'une période en mois ou en années, sous forme de nombre entier
dash-catalogue-error-percent = Saisissez le pourcentage de remise sous forme de nombre, par exemple 20
dash-catalogue-error-months = Saisissez pendant combien de mois le coupon s'applique, de 1 à 120

## Dashboard: webhooks, and the pages that show a secret once
dash-copy = Copier
dash-copied = Copié
dash-back-to-account = Retour à votre compte
dash-back-to-keys = Retour aux clés d'API
dash-back-to-team = Retour à l'équipe
dash-recovery-codes-title = Vos codes de récupération
dash-recovery-codes-text = La connexion en deux étapes est activée. Conservez ces codes en lieu sûr, loin de votre téléphone : chacun vous connecte une fois si vous le perdez. C'est la seule fois qu'ils s'affichent.
dash-invitation-link = Lien d'invitation
dash-invitation-link-text = L'envoi d'e-mails n'est pas configuré sur ce serveur : envoyez vous-même ce lien à { $email }. Il fonctionne une fois, pendant 72 heures, et permet de choisir son mot de passe.
dash-new-key-title = Votre nouvelle clé d'API
dash-new-key-field = Clé secrète
dash-new-key-text-test = Copiez-la maintenant et gardez-la sur votre serveur : c'est la seule fois qu'elle s'affiche. Elle fonctionne en mode test.
dash-new-key-text-live = Copiez-la maintenant et gardez-la sur votre serveur : c'est la seule fois qu'elle s'affiche. Elle fonctionne en mode production.
dash-signing-secret-title = Le secret de signature de votre endpoint
dash-signing-secret = Secret de signature
dash-go-to-endpoint = Aller à l'endpoint
dash-signing-secret-new = Vérifiez avec lui l'en-tête Vinr-Signature de chaque livraison sur votre serveur. Copiez-le maintenant : c'est la seule fois qu'il s'affiche.
dash-signing-secret-rotated = Les livraisons sont signées avec ce secret et, pendant les 24 prochaines heures, aussi avec l'ancien, le temps de mettre à jour votre serveur. Copiez-le maintenant : c'est la seule fois qu'il s'affiche.
dash-team-role-forbids = Votre rôle ne permet pas cette modification : les propriétaires et les administrateurs gèrent l'équipe, et seul un propriétaire accorde ou retire la propriété.
dash-team-not-found = Cette personne ne fait pas partie de cette équipe.
dash-team-choose-role = Choisissez un rôle.
dash-domains-not-found = Ce domaine n'appartient pas à ce compte.
dash-webhooks-title = Webhooks — tableau de bord { $merchant }
dash-webhooks-done-saved = Endpoint enregistré.
dash-webhooks-done-test = Événement de test envoyé. Sa livraison apparaît ci-dessous d'ici quelques secondes ; rechargez la page pour la voir.
dash-webhooks-done-resent = Événement remis en file d'attente pour cet endpoint.
dash-webhooks-done-enabled = Endpoint activé : il reçoit de nouveau des événements.
dash-webhooks-done-disabled = Endpoint désactivé : il ne reçoit plus d'événements tant que vous ne l'activez pas.
dash-webhooks-done-deleted = Endpoint supprimé. Ses livraisons en attente ne seront pas envoyées.
dash-webhooks-refused-disabled = Cet endpoint est désactivé ; activez-le avant d'envoyer ou de renvoyer des événements.
dash-webhooks-refused-unknown = Cet endpoint ou cet événement n'existe pas dans ce compte.
dash-webhooks-lede = Des endpoints sur vos serveurs qui reçoivent des événements signés dès que quelque chose change, via l'API, le portail ou ce tableau de bord.
dash-webhooks-none = Aucun endpoint pour l'instant.
dash-webhooks-new = Ajouter un endpoint
dash-webhooks-add = Ajouter l'endpoint
dash-webhooks-endpoint = Endpoint
dash-webhooks-url = URL de l'endpoint
dash-webhooks-description = Description
dash-webhooks-description-placeholder = Synchronisation des commandes sur le serveur de production
dash-webhooks-events = Événements à envoyer
dash-webhooks-all-events-later = , y compris les types ajoutés plus tard
dash-webhooks-only-these = Ou seulement ceux-ci :
dash-webhooks-error-events = Événements à envoyer : cochez « Tous les événements » ou au moins un type d'événement.
dash-endpoint-title = Endpoint de webhook — tableau de bord { $merchant }
dash-endpoint-heading = Endpoint de webhook
dash-endpoint-disable = Désactiver
dash-endpoint-enable = Activer
dash-endpoint-send-test = Envoyer un événement de test
dash-endpoint-rotate = Renouveler le secret
dash-endpoint-delete = Supprimer
dash-endpoint-delete-text = La suppression arrête toute livraison vers cet endpoint, y compris celles en attente. Cette action est irréversible.
dash-endpoint-delete-confirm = Oui, supprimer cet endpoint
dash-endpoint-edit = Modifier l'URL, la description et les événements
dash-endpoint-save = Enregistrer l'endpoint
dash-endpoint-deliveries = Livraisons
dash-endpoint-deliveries-none = Aucune livraison pour l'instant. Envoyez un événement de test, ou modifiez quelque chose en mode test.
dash-endpoint-older = Livraisons plus anciennes : GET /v1/webhook_endpoints/{"{"}id{"}"}/deliveries.
dash-delivery-response = Réponse
dash-delivery-request-body = Corps de la requête
dash-delivery-resend = Renvoyer

## Dashboard: domains, payments, team, audit log, events, portal sessions
dash-branding-error-accent = Saisissez la couleur d'accent sous la forme # suivi de six chiffres hexadécimaux, par exemple #4f46e5.
dash-branding-error-name = Le nom de l'entreprise ne peut pas dépasser 200 caractères.
dash-branding-error-email = Saisissez l'e-mail d'assistance sous forme d'adresse, par exemple help@example.com.
dash-branding-error-support-url = Saisissez la page d'assistance sous forme d'adresse web complète, commençant par https://.
dash-branding-error-privacy-url = Saisissez la politique de confidentialité sous forme d'adresse web complète, commençant par https://.
dash-branding-error-terms-url = Saisissez les conditions d'utilisation sous forme d'adresse web complète, commençant par https://.
dash-branding-error-logo = Le logo doit être une image PNG ou SVG de 512 Ko au plus.
dash-branding-error-unreadable = Le formulaire n'a pas pu être lu. Un logo ne peut pas dépasser 512 Ko ; réessayez avec un fichier plus petit.
dash-too-many-attempts-title = Trop de tentatives de connexion
dash-too-many-attempts = { $minutes ->
    [one] Trop de connexions échouées. Réessayez dans { $minutes } minute.
   *[other] Trop de connexions échouées. Réessayez dans { $minutes } minutes.
}
dash-back-to-sign-in = Retour à la connexion
dash-audit-title = Journal d'audit — tableau de bord { $merchant }
dash-audit-lede = Chaque modification des données de ce compte, via l'API, le portail ou ce tableau de bord, avec son auteur et sa provenance.
dash-audit-object = Objet
dash-audit-actor = Auteur
dash-audit-actor-placeholder = nom@example.com ou un identifiant
dash-audit-none = Aucune entrée ne correspond.
dash-audit-older = Entrées plus anciennes
dash-audit-by = Par { $actor }
dash-audit-field = Champ
dash-audit-before = Avant
dash-audit-after = Après
dash-audit-page-gone = Cette page du journal d'audit n'est pas disponible ; recommencez à partir des entrées les plus récentes.
dash-filter = Filtrer
dash-filter-clear = Effacer
dash-filter-customer = Client
dash-filter-from = Du
dash-filter-to = Au
dash-filter-error-date = Saisissez la date sous la forme année-mois-jour, par exemple 2026-12-06 (et non « { $text } »).
dash-events-title = Événements — tableau de bord { $merchant }
dash-events-lede = Tout ce qui s'est passé dans ce mode, tel que vos endpoints de webhook le reçoivent.
dash-events-all-types = Tous les types
dash-events-none = Aucun événement ne correspond.
dash-events-older = Événements plus anciens
dash-events-body = Corps de l'événement
dash-events-page-gone = Cette page d'événements n'est pas disponible ; recommencez à partir des plus récents.
dash-domains-title = Domaines personnalisés — tableau de bord { $merchant }
dash-domains-done-added = Domaine ajouté. Ajoutez ses deux enregistrements chez votre hébergeur DNS, puis choisissez Vérifier maintenant.
dash-domains-done-verified = Vérifié : les nouveaux liens du portail utilisent ce domaine.
dash-domains-done-removed = Domaine supprimé. Les nouveaux liens du portail utilisent de nouveau l'adresse par défaut.
dash-domains-lede = Servez le portail sous un nom à vous, comme billing.example.com. Les liens du portail utilisent un domaine vérifié ; le tableau de bord reste à l'adresse de ce serveur.
dash-domains-none = Aucun domaine personnalisé pour l'instant.
dash-domains-new = Ajouter un domaine
dash-domains-domain = Domaine
dash-domains-name = Nom de domaine
dash-domains-name-hint = Un nom dont vous avez le contrôle, sans schéma ni chemin.
dash-domains-add = Ajouter le domaine
dash-domains-remove-confirm = Oui, supprimer { $domain }
dash-domains-records = Enregistrements à ajouter chez votre hébergeur DNS
dash-domains-type = Type
dash-domains-value = Valeur
dash-domains-record-name = Nom de l'enregistrement { $kind }
dash-domains-record-value = Valeur de l'enregistrement { $kind }
dash-domains-verify = Vérifier maintenant
dash-domains-remove = Supprimer
dash-domains-remove-text = Le portail cesse immédiatement de répondre sous ce nom.
dash-payments-title = Paiements — tableau de bord { $merchant }
dash-payments-connected-done = Stripe est connecté : les paiements réels passent par votre compte Stripe.
dash-payments-test-lede = Le mode test débite les cartes de test de Stripe avec le processeur de test intégré : rien à connecter. Passez en mode production pour connecter votre compte Stripe et encaisser de vrais paiements.
dash-payments-live-lede = Les paiements réels passent par votre propre compte Stripe. Les clients saisissent cartes et comptes bancaires dans les champs de Stripe : les numéros de carte n'atteignent jamais ce serveur.
dash-payments-replace-heading = Remplacer les clés
dash-payments-connect = Connecter Stripe
dash-payments-replace = Remplacer les clés
dash-payments-keys = Clés Stripe
dash-payments-secret-key = Clé secrète ou clé restreinte
dash-payments-secret-key-hint = Depuis le tableau de bord Stripe, Développeurs → Clés API. Elle est vérifiée auprès de Stripe, puis stockée chiffrée. Les clés de test (sk_test_…) permettent de répéter le mode production sans argent réel.
dash-payments-publishable-key = Clé publiable
dash-payments-webhook-secret = Secret de signature du webhook
dash-payments-webhook-secret-hint = Depuis l'endpoint de webhook que vous ajoutez dans Stripe pour l'URL indiquée sur cette page.
dash-payments-test-keys = Clés de test
dash-payments-connected = Connecté
dash-payments-sandbox = Connecté avec les clés de test de Stripe : le mode production se répète dans le mode test de Stripe, aucun argent réel ne circule et les horloges de test fonctionnent. Remplacez-les par vos clés de production pour encaisser de vrais paiements ; les moyens de paiement enregistrés des clients restent sur le compte de test de Stripe.
dash-payments-webhook-url = URL de webhook à fournir à Stripe
dash-payments-webhook-url-short = URL du webhook
dash-payments-webhook-events = Envoyez payment_intent.succeeded, payment_intent.payment_failed et payment_method.detached.
dash-sessions-title = Sessions du portail — tableau de bord { $merchant }
dash-sessions-lede = Les 50 dernières sessions créées pour vos clients. En révoquer une y met fin immédiatement : la page suivante du client indique que la session a expiré.
dash-sessions-revoked = Session révoquée.
dash-sessions-none = Aucune session du portail pour l'instant. Les sessions créées via l'API ou depuis la page d'un client apparaissent ici.
dash-sessions-ended = Cette session avait déjà pris fin, ou elle n'appartient pas à ce compte.
dash-sessions-revoke-label = Révoquer la session de { $customer }
dash-sessions-revoke = Révoquer
dash-team-title = Équipe — tableau de bord { $merchant }
dash-team-done-emailed = Invitation envoyée par e-mail. Son lien fonctionne une fois, pendant 72 heures.
dash-team-done-role = Rôle modifié. Il s'applique dès sa page suivante.
dash-team-done-removed = Retiré de l'équipe. La personne a été déconnectée immédiatement.
dash-team-done-two-step-on = La connexion en deux étapes est désormais obligatoire : les membres qui ne l'ont pas la configurent à leur page suivante.
dash-team-done-two-step-off = La connexion en deux étapes n'est plus obligatoire (les membres qui l'utilisent la gardent).
dash-team-stop-requiring = Ne plus exiger la connexion en deux étapes
dash-team-require = Exiger la connexion en deux étapes pour tous
dash-team-two-step-required = Obligatoire : chacun se connecte avec un mot de passe et un code d'une application d'authentification.
dash-team-two-step-not-required = Facultative : chaque membre choisit sur la page de son compte.
dash-team-invite-heading = Inviter un membre
dash-team-invitation = Invitation
dash-team-role = Rôle
dash-team-roles-hint = Les administrateurs font tout sauf la propriété. Les développeurs gèrent les clés d'API, les webhooks et les sessions du portail. Les lecteurs consultent seulement.
dash-team-send-invitation = Envoyer l'invitation
dash-team-lede = Toutes les personnes qui peuvent se connecter à ce tableau de bord, et ce que leur rôle leur permet.
dash-team-remove-confirm = Oui, retirer { $email }
dash-team-change-role = Changer de rôle
dash-team-reinvite = Envoyer un nouveau lien
dash-team-remove-text = La personne est déconnectée immédiatement et ne peut plus se connecter. Vous pourrez l'inviter de nouveau plus tard.
dash-team-you = (vous)

## Dashboard: amounts typed in the catalogue
dash-amount-not-a-number = Saisissez un montant comme 12.50, uniquement avec des chiffres
dash-amount-decimals = { $decimals ->
    [one] Cette devise a { $decimals } décimale au plus
   *[other] Cette devise a { $decimals } décimales au plus
}
dash-amount-too-large = Le montant est trop élevé

## Not available: why, in the customer's words
unavailable-feature = Ce portail ne propose pas cette option.
unavailable-fields = Certains champs sont à corriger.
unavailable-choice = Ce choix n'est plus disponible. Revenez en arrière et choisissez de nouveau.
refusal-cannot-change-plan = Cet abonnement ne peut pas changer de formule dans son état actuel.
refusal-quantity-out-of-range = Choisissez une quantité de 1 à { $maximum }.
refusal-plan-not-offered = Il n'est pas possible de passer à cette formule.
refusal-quantity-bounds = Choisissez une quantité de { $minimum } à { $maximum }.
refusal-quantity-fixed = La quantité de cette formule ne peut pas être modifiée ici.
refusal-price-unavailable = Ce prix n'est plus disponible.
refusal-currency-mismatch = Cette formule est facturée en { $new }, mais votre abonnement l'est en { $current }.
refusal-already-canceled = Cette formule est déjà résiliée ou sa résiliation est programmée.
refusal-no-scheduled-change = Aucun changement de formule n'est prévu pour cet abonnement.

## Live mode's processor fields (processor-fields.js)
processor-saving = Enregistrement…
processor-error-save = Votre carte ou votre compte bancaire n'a pas pu être enregistré. Vérifiez les informations et réessayez.
processor-error-unreachable = Le formulaire de paiement est injoignable. Vérifiez votre connexion et réessayez ; rien n'a été enregistré.
processor-error-bank = Votre banque n'a pas confirmé le paiement. Réessayez, ou ajoutez une autre carte.
processor-error-confirm = Le paiement n'a pas pu être confirmé : vérifiez votre connexion et réessayez.
processor-error-load = Le formulaire de paiement n'a pas pu être chargé. Vérifiez votre connexion et rechargez la page.

## Dashboard: an invoice's PDF
dash-invoice-not-found = Cette facture n'existe pas.
dash-invoice-no-pdf = Cette facture n'a pas encore de PDF.
