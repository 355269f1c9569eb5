# VINR Portal: español.

## Marco del portal
layout-return = Volver a { $merchant }
layout-footer-links = Ayuda e información legal
layout-support = Ayuda
layout-privacy = Política de privacidad
layout-terms = Condiciones del servicio
layout-sign-out = Cerrar sesión
layout-powered-by = Con la tecnología de VINR Portal
layout-language = Idioma
layout-language-apply = Cambiar idioma

## Resumen
overview-title = Facturación — { $merchant }
overview-heading = Facturación
overview-no-subscription = Todavía no tienes ninguna suscripción.
overview-payment-failed = Tu último pago no se ha podido cobrar. Lo volveremos a intentar automáticamente; comprueba que tu método de pago esté al día.
overview-update-payment-method = Actualizar el método de pago
overview-current-plan = Plan actual
overview-payment-method = Método de pago
overview-no-payment-method = No hay ningún método de pago guardado
overview-manage-payment-methods = Gestionar métodos de pago
overview-billing-details = Datos de facturación
overview-edit-billing-details = Editar datos de facturación
overview-invoices = Facturas
overview-invoices-text = Consulta tus facturas anteriores, paga las pendientes y descárgalas en PDF.
overview-view-invoices = Ver facturas
overview-activity = Actividad
overview-activity-text = Consulta qué ha cambiado en tu cuenta, cuándo y quién lo hizo.
overview-view-activity = Ver actividad
overview-quantity = Cantidad: { $quantity }
overview-keep-current-plan = Mantener el plan actual
overview-change-plan = Cambiar de plan
overview-cancel-plan = Cancelar el plan
overview-pause-billing = Pausar la facturación
overview-pause-until-resumed = hasta que la reanude
overview-pause-for-months = { $months ->
    [one] durante { $months } mes
   *[other] durante { $months } meses
}
overview-pause = Pausar
overview-resume-billing = Reanudar la facturación
overview-renew-plan = Renovar el plan

## Avisos tras una acción
notice-plan-updated = Tu plan se ha actualizado.
notice-cancel-scheduled = Tu plan se cancelará al final del periodo de facturación.
notice-canceled = Tu plan se ha cancelado.
notice-reactivated = Tu plan se renovará con normalidad.
notice-offer-accepted = Oferta aplicada. ¡Gracias por quedarte!
notice-change-scheduled = El cambio de plan se hará al final del periodo de facturación.
notice-change-dropped = Mantienes tu plan actual.
notice-paused = La facturación está en pausa. No se te cobrará nada mientras siga en pausa.
notice-resumed = La facturación se ha reanudado.

## Una suscripción en el resumen
subscription-ended-on = Finalizó el { $date }
subscription-cancels-on = Finaliza el { $date }
subscription-paused-period = Facturación en pausa; el periodo termina el { $date }
subscription-renews-on = Se renueva el { $date }
subscription-changes-to = { $quantity ->
    [one] Cambia a { $plan } el { $date }
   *[other] Cambia a { $quantity } × { $plan } el { $date }
}
subscription-paused-until = En pausa hasta el { $date }
subscription-paused = En pausa
subscription-latest-invoice = Última factura { $number } · { $date } · { $total } · { $status }
subscription-draft-number = (borrador)

## Estados
status-trialing = Prueba
status-active = Activa
status-past-due = Vencida
status-paused = En pausa
status-canceled = Cancelada
status-unpaid = Impagada
invoice-status-paid = Pagada
invoice-status-open = Pago pendiente
invoice-status-uncollectible = Impagada
invoice-status-void = Anulada
invoice-status-draft = Borrador

## Precios
price-per-month = { $count ->
    [one] { $amount } al mes
   *[other] { $amount } cada { $count } meses
}
price-per-year = { $count ->
    [one] { $amount } al año
   *[other] { $amount } cada { $count } años
}

## Cambiar de plan
common-back = Volver
plan-title = Cambiar de plan — { $merchant }
plan-heading = Cambiar de plan
plan-current = Tu plan actual es { $plan }.
plan-choose = Elige un plan
plan-current-badge = Plan actual
plan-quantity = Cantidad (de { $minimum } a { $maximum })
plan-review = Revisar el cambio
plan-none = No hay otros planes a los que cambiar.

## Descuentos
discount-percent-off = { $percent } % de descuento
discount-amount-off = { $amount } de descuento
discount-once = una vez
discount-forever = para siempre
discount-months = { $months ->
    [one] durante { $months } mes
   *[other] durante { $months } meses
}
discount-terms = { $off } { $duration }
discount-named = { $name }: { $terms }
discount-unknown = Descuento

## Payment methods in a sentence
payment-method-brand = { $brand } •••• { $last4 }
payment-method-card = Tarjeta
payment-method-sepa = Adeudo directo SEPA •••• { $last4 }
tax-id-generic = Número de identificación fiscal

## Invoice lines (written on the invoice in its customer's language)
line-item-quantity = { $quantity } × { $product }
line-unused-time = Tiempo no utilizado de { $item } desde el { $date }
line-remaining-time = Tiempo restante de { $item } desde el { $date }
line-unused-credit = Saldo no utilizado de la factura { $number }

## Reviewing a plan change
review-title = Revisar el cambio — { $merchant }
review-heading = Revisa tu cambio
review-from-to = De { $current } a { $new } ({ $terms }).
review-adjustments = Ajustes del periodo actual
review-charged-today = Hoy se te cobrarán { $amount }.
review-next-invoice = Tu próxima factura, el { $date }, será de { $total }.
review-deferred = Mantienes { $current } hasta el { $date }; el cambio se aplicará entonces y hoy no se te cobra nada. Tu factura del { $date } será de { $total }.
review-discount = Descuento aplicado con este cambio: { $name } ({ $amount } menos en tu próxima factura).
review-schedule = Programar el cambio
review-confirm = Confirmar el cambio

## Invoices
invoices-title = Facturas — { $merchant }
invoices-heading = Facturas
invoices-empty = Todavía no tienes facturas.
invoices-section = Tus facturas
invoices-column-invoice = Factura
invoices-column-date = Fecha
invoices-column-total = Total
invoices-column-status = Estado
invoices-column-actions = Acciones
invoices-pages = Páginas de facturas
invoices-newer = Más recientes
invoices-older = Más antiguas
invoice-pay-now = Pagar ahora
invoice-title = Factura { $number } — { $merchant }
invoice-heading = Factura { $number }
invoice-paid-notice = Gracias, la factura está pagada.
invoice-issued = Emitida el { $date } · Periodo: { $period }
invoice-period-range = { $start } – { $end }
invoice-from = De
invoice-billed-to = Facturar a
invoice-lines = Conceptos de la factura
invoice-description = Concepto
invoice-period = Periodo
invoice-quantity = Cant.
invoice-amount = Importe
invoice-subtotal = Subtotal
invoice-total = Total
invoice-amount-paid = Importe pagado
invoice-amount-due = Importe pendiente
invoice-payment-method = Método de pago: { $method }
invoice-download = Descargar PDF
invoice-badge-paid = Pagada
invoice-badge-open = Pendiente
invoice-badge-void = Anulada
invoice-badge-uncollectible = Incobrable
invoice-badge-draft = Borrador
invoice-badge-processing = En proceso

## Messages after a refused action
error-session-ended = Tu sesión ha caducado. Vuelve al sitio web del que vienes y abre de nuevo el portal de facturación.
error-not-found = No hemos encontrado esa suscripción.
error-not-available = Ese plan no está disponible para esta suscripción. Elige otro.
error-choose-plan = Elige un plan.
error-price-changed = El precio de este cambio ha variado desde que lo revisaste. Comprueba los nuevos importes y vuelve a confirmar.
error-card-number = El número de tarjeta está incompleto o no es válido. Compruébalo.
error-card-expiry = La fecha de caducidad de tu tarjeta está incompleta o ya ha pasado.
error-card-cvc = El código de seguridad de tu tarjeta está incompleto.
error-card-declined = Tu tarjeta ha sido rechazada. Prueba con otra tarjeta.
error-payment-method-missing = No hemos encontrado ese método de pago.
error-iban-invalid = Ese IBAN no es válido para el adeudo directo SEPA. Comprueba el país, la longitud y los dígitos.
error-holder-name = Introduce el nombre del titular de la cuenta.
error-card-postal-code = Introduce el código postal de la dirección de facturación de la tarjeta.
error-holder-email = Introduce una dirección de correo electrónico válida.
error-mandate-required = Acepta la orden de domiciliación SEPA para continuar.
error-last-method = Es tu único método de pago y una suscripción se cobra con él. Añade otro primero.
error-payment-failed = El pago no se ha completado. Comprueba tu tarjeta o añade otra.
error-server = Lo sentimos, algo ha fallado por nuestra parte. Inténtalo de nuevo.

## The invoice PDF (the rest of its words are the invoice page's)
pdf-title = Factura
pdf-number = Número de factura
pdf-date-of-issue = Fecha de emisión
pdf-billing-period = Periodo de facturación
pdf-status = Estado
pdf-paid-with = Pagado con { $method }
pdf-page-of = Página { $page } de { $pages }
pdf-privacy = Privacidad: { $url }
pdf-terms = Condiciones: { $url }

## Receipt e-mails
receipt-subject = Tu recibo de { $business } [{ $number }]
receipt-from = Recibo de { $business }
receipt-heading = Recibo de la factura { $number }
receipt-amount-paid = Importe pagado: { $amount }
receipt-invoice = Factura: { $number }
receipt-date = Fecha: { $date }
receipt-total = Total: { $total }
receipt-pdf = Factura en PDF: { $url }
receipt-questions = ¿Tienes preguntas? { $contact }
receipt-paid-on = Pagado el { $date }
receipt-paid-on-with = Pagado el { $date } con { $method }
receipt-download = Descargar la factura (PDF)

## Cancelling
cancel-title = Cancelar el plan — { $merchant }
cancel-heading = Cancelar el plan
cancel-offer-heading = Antes de irte
cancel-offer-text = Quédate en { $plan } y consigue { $offer }.
cancel-accept-offer = Aceptar la oferta
cancel-decline-offer = No, gracias; continuar con la cancelación
cancel-at-period-end = Tu plan { $plan } se cancelará el { $date }. Puedes seguir usándolo hasta entonces y renovarlo en cualquier momento antes de esa fecha.
cancel-now-credited = Tu plan { $plan } terminará de inmediato. El tiempo no utilizado se abonará en tu próxima factura.
cancel-now = Tu plan { $plan } terminará de inmediato.
cancel-reason = ¿Por qué cancelas? (opcional)
cancel-comment = ¿Quieres contarnos algo más? (opcional)
cancel-confirm = Cancelar el plan
cancel-keep = Mantener mi plan
reason-too-expensive = Es demasiado caro
reason-missing-features = Faltan funciones
reason-switched-service = Me cambio a otro servicio
reason-unused = No lo uso lo suficiente
reason-customer-service = La atención al cliente no estuvo a la altura
reason-too-complex = Es demasiado complicado de usar
reason-low-quality = La calidad no estuvo a la altura
reason-other = Otro motivo

## Payment methods
payment-methods-title = Métodos de pago — { $merchant }
payment-methods-heading = Métodos de pago
payment-methods-empty = Todavía no has añadido ningún método de pago.
payment-methods-due = Pago pendiente
payment-methods-debit-on-its-way = tu adeudo está en curso; no tienes que hacer nada hasta que responda tu banco
payment-methods-confirm-asked = tu banco te pide que confirmes este pago
payment-methods-confirm = Confirmar el pago
payment-methods-yours = Tus tarjetas
payment-methods-add-card = Añadir una tarjeta
payment-methods-card-number = Número de tarjeta
payment-methods-card-brand = Marca de la tarjeta: { $brand }
payment-methods-expiry = Caducidad (MM/AA)
payment-methods-cvc = Código de seguridad
payment-methods-name-on-card = Nombre en la tarjeta
payment-methods-postal-code = Código postal de facturación
payment-methods-use-as-default = Usar como método de pago predeterminado
payment-methods-add-card-button = Añadir tarjeta
payment-methods-add-bank = Añadir una cuenta bancaria (adeudo directo SEPA)
payment-methods-holder-name = Nombre del titular de la cuenta
payment-methods-email = Correo electrónico
payment-methods-accept-mandate = Acepto la orden de domiciliación SEPA
payment-methods-add-bank-button = Añadir cuenta bancaria
payment-methods-needs-javascript = Para añadir una tarjeta o una cuenta bancaria se necesita JavaScript: los datos van directamente a nuestro proveedor de pagos, nunca a este sitio.
payment-methods-default = Predeterminado
payment-methods-expired = Caducada
payment-methods-expires-soon = Caduca pronto
payment-methods-make-default = Establecer como predeterminado
payment-methods-remove = Eliminar
payment-methods-remove-named = Eliminar { $name }
payment-methods-expires = Caduca { $date }
payment-methods-bank = Cuenta bancaria en { $country } · orden { $mandate }
payment-methods-bank-accepted = Cuenta bancaria en { $country } · orden { $mandate }, aceptada el { $date }
payment-methods-card-added = Se ha añadido tu tarjeta.
payment-methods-bank-added = Se ha añadido tu cuenta bancaria.
payment-methods-default-changed = Se ha actualizado tu método de pago predeterminado.
payment-methods-removed = Se ha eliminado la tarjeta.
payment-methods-payment-confirmed = Gracias: tu banco ha confirmado el pago. La factura aparecerá como pagada en un momento.
payment-methods-mandate = Al facilitar tu IBAN y confirmar este pago, autorizas a { $merchant } y a su proveedor de pagos a enviar instrucciones a tu banco para adeudar tu cuenta, y a tu banco a efectuar los adeudos en tu cuenta siguiendo esas instrucciones. Tienes derecho a que tu banco te reembolse en los términos y condiciones del contrato suscrito con él. El reembolso debe solicitarse en un plazo de 8 semanas a partir de la fecha en que se adeudó tu cuenta.

## Billing details
details-title = Datos de facturación — { $merchant }
details-needs-attention = Hay campos que revisar. No se ha guardado nada.
details-contact = Contacto y dirección
details-name = Nombre
details-email = Correo electrónico
details-phone = Teléfono
details-country = País
details-choose-country = Elige un país
details-line1 = Dirección
details-line2 = Información adicional de la dirección (opcional)
details-city = Ciudad
details-postal-code = Código postal
details-state = Estado o provincia (si corresponde)
details-save = Guardar datos
details-tax-ids = Identificadores fiscales
details-no-tax-id = No hay ningún identificador fiscal registrado.
details-tax-type = Tipo
details-add-tax-id = Añadir identificador fiscal
details-tax-id-invalid = Este identificador fiscal no es válido para su tipo y país. Comprueba el formato, por ejemplo ESX1234567X para un NIF-IVA.
details-saved = Se han guardado tus datos de facturación.
details-tax-id-added = Se ha añadido el identificador fiscal.
details-tax-id-removed = Se ha eliminado el identificador fiscal.
details-error-name = Introduce un nombre de 1 a 200 caracteres.
details-error-email = Introduce una dirección de correo válida, como nombre@example.com.
details-error-phone = Introduce un teléfono de 6 a 15 dígitos; se admiten + ( ) - y espacios.
details-error-line1 = Introduce la dirección.
details-error-city = Introduce la ciudad.
details-error-postal-code = Introduce un código postal con el formato del país.
details-error-state = Introduce el código del estado o la provincia, como CA u ON.
details-error-country = Elige un país de la lista.
details-error-not-editable = Esto no se puede cambiar aquí.
tax-id-type-eu-vat = NIF-IVA intracomunitario
tax-id-type-gb-vat = Número de IVA del Reino Unido
tax-id-type-ch-vat = Número de IVA suizo
tax-id-type-no-vat = Número de IVA noruego
tax-id-type-us-ein = EIN (Estados Unidos)
tax-id-type-ca-bn = Número de empresa (Canadá)
tax-id-type-au-abn = ABN (Australia)
tax-id-type-in-gst = GSTIN (India)
tax-id-type-jp-cn = Número corporativo japonés

## Activity
activity-title = Actividad — { $merchant }
activity-intro = Los últimos cambios en tu suscripción, tus métodos de pago y tus datos de facturación.
activity-section = Cambios recientes
activity-empty = Todavía no hay cambios.
activity-when = { $date }, { $time } UTC
activity-you = Tú
activity-automatic = Automático
activity-separator = {"; "}
activity-list-separator = {", "}
activity-subscribed = Suscripción a { $plan }
activity-ended = Suscripción finalizada
activity-changed-plan = Plan cambiado de { $from } a { $to }
activity-changed-quantity = Cantidad cambiada de { $from } a { $to }
activity-cancel-scheduled = Suscripción cancelada al final del periodo
activity-cancel-withdrawn = Suscripción mantenida (cancelación retirada)
activity-change-dropped = Cambio de plan programado descartado
activity-change-scheduled = Cambio de plan programado para el final del periodo
activity-paused = Suscripción en pausa
activity-resumed = Suscripción reanudada
activity-cancelled = Suscripción cancelada
activity-past-due = Pago vencido
activity-status = La suscripción está ahora: { $status }
activity-updated = Suscripción actualizada
activity-discount = Descuento aplicado
activity-renewed = Suscripción renovada
activity-default-method = Método de pago predeterminado cambiado
activity-details = Datos de facturación actualizados ({ $fields })
activity-field-name = nombre
activity-field-email = correo electrónico
activity-field-phone = teléfono
activity-field-address = dirección
activity-tax-id-added = Identificador fiscal { $value } añadido
activity-tax-id-removed = Identificador fiscal { $value } eliminado
activity-method-added = { $method } añadido
activity-method-removed = { $method } eliminado
activity-invoice-paid = Factura { $number } pagada
activity-invoice-failed = Falló el pago de la factura { $number }
activity-invoice-uncollectible = La factura { $number } se marcó como incobrable
activity-invoice-voided = La factura { $number } se anuló

## A deep link's end
done-title = Listo — { $merchant }
done-heading = Todo listo
done-saved = Se ha guardado tu cambio.
done-return = Volver al sitio web

## Screens outside a session (in the browser's language)
screen-expired-title = Sesión caducada
screen-expired-heading = Esta sesión ha caducado
screen-expired-text = Por tu seguridad, los enlaces al portal de facturación solo funcionan una vez y durante poco tiempo. Vuelve atrás y abre de nuevo el portal de facturación para continuar.
screen-signed-out-title = Sesión cerrada
screen-signed-out-heading = Has cerrado la sesión
screen-signed-out-text = Tu sesión en el portal de facturación ha terminado. Para volver, abre de nuevo el portal desde el sitio web.
screen-error-title = Algo ha fallado
screen-error-text = Lo sentimos, algo ha fallado por nuestra parte. Vuelve a cargar la página para intentarlo de nuevo.
screen-opening-title = Abriendo el portal de facturación
screen-opening = Abriendo tu portal de facturación…
screen-needs-javascript = Activa JavaScript para abrir este enlace seguro.
screen-ended-title = Sesión terminada
screen-ended-heading = Tu sesión ha terminado
screen-ended-text = Por tu seguridad, el portal de facturación cierra la sesión pasado un tiempo. Vuelve al sitio web del que vienes y abre de nuevo el portal.
screen-not-found-title = No encontrado
screen-not-found-heading = No lo hemos encontrado
screen-back-to-overview = Volver a tu facturación
screen-not-available = No disponible
screen-nothing-to-confirm = Nada que confirmar
screen-nothing-to-confirm-text = Este pago ya no necesita tu confirmación: se ha pagado o hay un pago más reciente en curso. Puedes cerrar esta página.

## The "Confirm your payment" e-mail
confirm-mail-subject = Confirma tu pago a { $business } [{ $number }]
confirm-mail-asks = Tu banco te pide que confirmes tu pago de { $amount } a { $business } (factura { $number }).
confirm-mail-link = Confírmalo aquí: { $link }
confirm-mail-lifetime = { $days ->
    [one] El enlace funciona durante { $days } día. Hasta que se confirme el pago, la factura sigue pendiente.
   *[other] El enlace funciona durante { $days } días. Hasta que se confirme el pago, la factura sigue pendiente.
}

## Dashboard: the frame
dash-sign-in = Iniciar sesión
dash-sign-out = Cerrar sesión
dash-error-signed-out = Inicia sesión para continuar.
dash-error-two-step-title = Configura el inicio de sesión en dos pasos
dash-error-two-step = Tu equipo exige el inicio de sesión en dos pasos.
dash-error-not-found-title = No encontrado
dash-error-not-found = No hemos encontrado lo que buscas.
dash-error-refused-title = No permitido
dash-error-server-title = Algo ha salido mal
dash-error-server = Lo sentimos, algo ha fallado por nuestra parte. Vuelve a intentarlo.
dash-nav-label = Panel
dash-nav-home = Inicio
dash-nav-customers = Clientes
dash-nav-catalogue = Catálogo
dash-nav-branding = Marca
dash-nav-portal = Portal
dash-nav-domains = Dominios
dash-nav-payments = Pagos
dash-nav-api-keys = Claves de API
dash-nav-webhooks = Webhooks
dash-nav-events = Eventos
dash-nav-audit-log = Registro de auditoría
dash-nav-portal-sessions = Sesiones del portal
dash-nav-team = Equipo
dash-live-mode = Modo real
dash-test-mode = Modo de prueba
dash-view-test-data = Ver datos de prueba
dash-view-live-data = Ver datos reales
dash-test-mode-strip = Estás viendo datos de prueba. Aquí no se mueve dinero real.

## Dashboard: signing in and the account
dash-sign-in-title = Iniciar sesión — panel de VINR Portal
dash-sign-in-heading = Inicia sesión en tu panel
dash-signed-out = Has cerrado la sesión.
dash-email = Correo electrónico
dash-password = Contraseña
dash-sign-in-error-credentials = Ese correo y esa contraseña no corresponden a ninguna cuenta.
dash-sign-in-error-expired = El inicio de sesión ha tardado más de 5 minutos; vuelve a escribir tu correo y tu contraseña.
dash-sign-in-error-code = Ese código no es correcto o ya se ha usado. Escribe los 6 dígitos que muestra ahora tu aplicación o un código de recuperación.
dash-password-error-short = Elige una contraseña de al menos 12 caracteres.
dash-password-error-long = Elige una contraseña de 256 caracteres como máximo.
dash-password-error-common = Esta contraseña es de las más habituales: elige otra.
dash-password-error-email = Tu contraseña no puede ser tu dirección de correo.
dash-password-error-mismatch = Las dos contraseñas no coinciden.
dash-password-error-current = La contraseña actual que has escrito no es correcta.
dash-code-title = Tu código de acceso — panel de VINR Portal
dash-code-heading = Introduce tu código de acceso
dash-code-text = Abre tu aplicación de autenticación y escribe el código de 6 dígitos que muestra para VINR Portal. ¿Has perdido el móvil? Escribe uno de tus códigos de recuperación.
dash-code = Código
dash-code-start-again = Volver a empezar
dash-setup-expired-title = Enlace caducado — panel de VINR Portal
dash-setup-expired-heading = Este enlace ha caducado
dash-setup-expired-text = Los enlaces de configuración sirven una vez y durante 72 horas. Pide uno nuevo a quien creó tu cuenta.
dash-setup-title = Elige tu contraseña — panel de VINR Portal
dash-setup-heading = Elige tu contraseña
dash-setup-as = Iniciarás sesión como { $email }.
dash-new-password = Nueva contraseña
dash-password-hint = Al menos 12 caracteres. Unas cuantas palabras sin relación forman una contraseña segura.
dash-setup-confirm = La misma contraseña otra vez
dash-setup-save = Guardar la contraseña e iniciar sesión
dash-account-title = Tu cuenta — panel de { $merchant }
dash-account-heading = Tu cuenta
dash-account-signed-in-as = Sesión iniciada como { $email } ({ $role }).
dash-account-password-changed = Contraseña cambiada. Aquí sigues con la sesión iniciada; las demás sesiones de tu cuenta se han cerrado.
dash-account-change-heading = Cambia tu contraseña
dash-account-current-password = Contraseña actual
dash-account-confirm = La nueva contraseña otra vez
dash-account-change-password = Cambiar contraseña
dash-two-step-heading = Inicio de sesión en dos pasos
dash-two-step-off-done = El inicio de sesión en dos pasos está desactivado. Entras solo con tu contraseña.
dash-two-step-wrong = Ese código no es correcto o ya se ha usado. Escribe los 6 dígitos que muestra ahora tu aplicación.
dash-two-step-restart = Vuelve a empezar la configuración: no hay ninguna clave nueva esperando un código.
dash-two-step-required = Tu equipo exige el inicio de sesión en dos pasos, así que sigue activado.
dash-two-step-needed = Tu equipo exige el inicio de sesión en dos pasos. Configúralo aquí para seguir usando el panel.
dash-two-step-codes-left = { $left ->
    [one] Te queda { $left } de 10 códigos de recuperación.
   *[other] Te quedan { $left } de 10 códigos de recuperación.
}
dash-two-step-on = Activado
dash-two-step-on-text = Inicias sesión con tu contraseña y un código de tu aplicación de autenticación.
dash-two-step-renew-label = Código de tu aplicación, para nuevos códigos de recuperación
dash-two-step-renew = Crear nuevos códigos de recuperación
dash-two-step-disable-label = Código de tu aplicación, para desactivarlo
dash-two-step-disable = Desactivar el inicio de sesión en dos pasos
dash-two-step-step-add = En tu aplicación de autenticación (1Password, Google Authenticator, Authy…), añade una cuenta con esta clave o abre el enlace en este dispositivo:
dash-two-step-setup-key = Clave de configuración
dash-two-step-open-app = Abrir en una aplicación de autenticación de este dispositivo
dash-two-step-step-code = Escribe el código de 6 dígitos que la aplicación muestra ahora para VINR Portal:
dash-two-step-code-label = Código de tu aplicación
dash-two-step-enable = Activar el inicio de sesión en dos pasos
dash-two-step-off-text = Desactivado. Si lo activas, al iniciar sesión también se pedirá un código de una aplicación de autenticación en tu móvil, así que una contraseña robada no basta.
dash-two-step-team-requires = Tu equipo lo exige a todos.

## Dashboard: words built from what the services read
dash-role-owner = Propietario
dash-role-admin = Administrador
dash-role-developer = Desarrollador
dash-role-viewer = Lector
dash-home-past-due-since = { $subscription } · vencida desde el { $date }
dash-home-unpaid-since = { $subscription } · impagada desde el { $date }
dash-home-endpoint-disabled = Desactivado: no recibe eventos
dash-home-endpoint-failing-since = Entregas fallidas desde el { $date }
dash-home-endpoint-failing = Entregas fallidas
dash-home-domain-lapsed = Ya no se sirve: falta su registro TXT
dash-home-domain-txt-missing = Falta su registro TXT; dejará de servirse a los 7 días
dash-home-domain-waiting = Esperando sus registros DNS
dash-status-active = Activa
dash-status-trial = Prueba
dash-status-past-due = Vencida
dash-status-unpaid = Impagada
dash-status-paused = En pausa
dash-status-canceled = Cancelada
dash-customer-keep = Mantener la suscripción
dash-customer-keep-confirm = Sí, mantener la suscripción
dash-customer-keep-text = Se renovará el { $date }, como antes.
dash-customer-cancel-at-period-end = Cancelar al final del periodo
dash-customer-cancel-at-period-end-confirm = Sí, cancelar al final del periodo
dash-customer-cancel-at-period-end-text = El cliente conserva el plan hasta el { $date }; no se cobra nada más.
dash-customer-cancel-now = Cancelar ahora
dash-customer-cancel-now-confirm = Sí, cancelar ahora
dash-customer-cancel-now-text = La suscripción termina hoy. El tiempo no usado no se abona.
dash-customer-subscription-renews = { $subscription } · { $price } · se renueva el { $date }
dash-customer-subscription-cancels = { $subscription } · { $price } · se cancela el { $date }
dash-customer-mandate = Mandato { $reference }
dash-customer-card-expires = Caduca { $expiry }
dash-default = Predeterminado
dash-invoice-paid = Pagada
dash-invoice-due = Pendiente
dash-invoice-uncollectible = Incobrable
dash-invoice-void = Anulada
dash-invoice-draft = Borrador
dash-customer-pay-now = Pagar ahora
dash-customer-pay-now-confirm = Sí, pagar ahora
dash-customer-pay-now-text = Cobra ahora { $amount } al método de pago predeterminado del cliente.
dash-customer-void = Anular factura
dash-customer-void-confirm = Sí, anular la factura
dash-customer-void-text = El cliente dejará de deberla. No se puede deshacer.
dash-customer-tax-id = NIF
dash-customer-change-by = { $when } · por { $actor }
dash-customer-configuration-default = { $id } (predeterminada)
dash-browser-on-system = { $browser } en { $system }
dash-session-signed-in = Sesión iniciada
dash-session-not-opened = Enlace aún no abierto
dash-session-ended = Finalizada
dash-session-expired-unopened = Caducado sin abrir
dash-session-created = Creada el { $when } · configuración { $configuration }
dash-session-works-until = válida hasta el { $when }
dash-session-opened = Abierta el { $when }
dash-session-opened-from = Abierta el { $when } desde { $address }
dash-keys-unnamed = Clave sin nombre
dash-keys-last-used = Último uso el { $when }
dash-keys-never-used = Nunca usada
dash-created = Creado el { $when }
dash-keys-stops-working = Deja de funcionar el { $when }
dash-portal-for-past-due = Para clientes con pagos vencidos
dash-portal-alternate = Alternativa
dash-webhooks-enabled = Activado
dash-webhooks-disabled = Desactivado
dash-webhooks-all-events = Todos los eventos
dash-delivery-delivered = Entregada
dash-delivery-failed = Fallida
dash-delivery-retrying = Reintentando
dash-delivery-waiting = En espera
dash-delivery-next-try = próximo intento el { $when }
dash-delivery-http = HTTP { $status } en { $ms } ms
dash-delivery-no-answer-error = Sin respuesta ({ $error }) tras { $ms } ms
dash-delivery-no-answer = Sin respuesta tras { $ms } ms
dash-delivery-try = Intento { $number } · { $when }
dash-team-invited-until = Invitado · enlace válido hasta el { $when }
dash-team-invitation-expired = Invitación caducada
dash-actor-dashboard = panel
dash-actor-api-key = clave de API
dash-actor-portal = el cliente, en el portal
dash-events-object-by = { $object } · por { $actor }
dash-domains-verified = Verificado
dash-domains-waiting = Esperando el DNS
dash-domains-lapsed = Caducado
dash-domains-checked-error = Comprobado el { $when }: { $error }
dash-domains-checked-ok = Comprobado el { $when }: el registro TXT está en su sitio.
dash-domains-serving-until = Falta el registro TXT: el dominio se sirve hasta el { $when } y luego deja de hacerlo si el registro no vuelve.

## Dashboard: home
dash-home-title = Inicio — panel de { $merchant }
dash-home-heading = Lo que requiere tu atención
dash-home-past-due = Clientes con pagos vencidos
dash-home-past-due-none = Ningún cliente tiene pagos vencidos.
dash-home-failing-endpoints = Endpoints de webhook con fallos
dash-home-failing-endpoints-none = Todos los endpoints de webhook reciben sus eventos.
dash-home-domains = Dominios personalizados
dash-home-domains-none = Ningún dominio personalizado espera verificación.
dash-home-activity = Actividad reciente del portal
dash-home-activity-none = Ningún cliente ha cambiado nada en el portal todavía.

## Dashboard: API keys
dash-keys-title = Claves de API — panel de { $merchant }
dash-keys-revoked = Clave revocada. A partir de ahora se rechazan las solicitudes hechas con ella.
dash-keys-role = Tu rol en este equipo no permite este cambio; pídeselo a un propietario, un administrador o un desarrollador.
dash-keys-overlap = Elige cuánto tiempo sigue funcionando la clave antigua: desde ahora hasta 7 días.
dash-keys-name-too-long = El nombre de una clave puede tener como máximo 100 caracteres.
dash-keys-unknown = Esa clave ya no funciona o no es de esta cuenta.
dash-keys-create-test = Crear una clave de prueba
dash-keys-create-live = Crear una clave real
dash-keys-lede = Las claves secretas permiten a tu servidor llamar a la API REST y crear sesiones del portal. Guárdalas en tu servidor: nunca en un navegador, una aplicación o un repositorio.
dash-keys-new = Nueva clave
dash-name = Nombre
dash-keys-name-placeholder = Servidor de producción
dash-keys-name-hint = Para qué es la clave, así sabrás más adelante cuál revocar.
dash-keys-go-live = Pasar a real
dash-keys-go-live-text = Una clave real abre el modo real: clientes reales y, cuando Stripe esté conectado en Ajustes → Pagos, pagos reales.
dash-keys-live-server = Servidor real
dash-keys-none = No hay claves válidas en este modo.
dash-keys-revoke-confirm = Sí, revocar { $name } ({ $key })
dash-keys-roll-or-revoke = Renovar o revocar
dash-keys-overlap-label = La clave antigua sigue funcionando
dash-keys-overlap-none = nada: detenerla ahora
dash-keys-overlap-hour = durante 1 hora
dash-keys-overlap-day = durante 24 horas
dash-keys-overlap-week = durante 7 días
dash-keys-roll = Renovar: crear una clave nueva
dash-keys-revoke-hint = Al revocarla se rechaza al instante cualquier solicitud hecha con esta clave, en todas las instancias.

## Dashboard: customers
dash-customers-title = Clientes — panel de { $merchant }
dash-customers-none = Todavía no hay clientes. Aquí aparecen los clientes creados con la API.
dash-customers-no-match = Ningún cliente coincide con «{ $search }».
dash-customers-search-label = Buscar por ID, nombre o correo
dash-customers-search = Buscar
dash-customers-since = { $id } · desde el { $date }
dash-pages = Páginas
dash-previous-page = Página anterior
dash-next-page = Página siguiente
dash-customer-title = { $name } — panel de { $merchant }
dash-customer-configuration = Configuración del portal
dash-customer-open-portal = Abrir el portal como este cliente
dash-customer-subscriptions = Suscripciones
dash-customer-subscriptions-none = No hay suscripciones.
dash-customer-payment-methods = Métodos de pago
dash-customer-payment-methods-none = No hay métodos de pago guardados.
dash-customer-invoices = Facturas
dash-customer-invoices-none = Todavía no hay facturas.
dash-customer-tax-ids = Identificaciones fiscales
dash-customer-tax-ids-none = No hay identificaciones fiscales.
dash-customer-changes = Eventos y entradas de auditoría
dash-customer-changes-none = Todavía no hay cambios registrados.
dash-customer-done-cancel-period-end = La suscripción se cancelará al final de su periodo.
dash-customer-done-cancel-now = La suscripción está cancelada.
dash-customer-done-reactivated = La suscripción se renovará como antes.
dash-customer-done-paid = Pago cobrado: la factura está pagada.
dash-customer-done-voided = La factura está anulada.
dash-done = Hecho.
dash-decline-card-declined = El pago ha fallado: se ha rechazado la tarjeta del cliente.
dash-decline-insufficient-funds = El pago ha fallado: la tarjeta no tiene fondos suficientes.
dash-decline-expired-card = El pago ha fallado: la tarjeta del cliente ha caducado.
dash-decline-incorrect-cvc = El pago ha fallado: se ha rechazado el código de seguridad de la tarjeta.
dash-decline-debit-failed = El pago ha fallado: el banco del cliente ha devuelto el adeudo.
dash-decline-authentication-required = El banco del cliente le pide que confirme este pago; puede hacerlo en el portal.
dash-decline-refused = El procesador de pagos ha rechazado el pago; el registro indica el motivo.
dash-decline-no-payment-method = El cliente no tiene ningún método de pago guardado; puede añadir uno en el portal.
dash-decline-unavailable = No se ha podido contactar con el procesador de pagos; vuelve a intentarlo en un momento.
dash-role-owner-or-admin = Tu rol en este equipo no permite este cambio; pídeselo a un propietario o a un administrador.
dash-customer-not-theirs = Eso no pertenece a este cliente.

## Dashboard: branding
dash-branding-title = Marca — panel de { $merchant }
dash-branding-support-url = Página de soporte
dash-branding-support-email = Correo de soporte
dash-branding-privacy = Política de privacidad
dash-branding-terms = Condiciones del servicio
dash-branding-links = Enlaces de soporte y legales
dash-branding-links-hint = Se muestran al pie de cada página del portal y en las facturas. Deja un campo vacío para no mostrar nada.
dash-branding-logo = Logotipo
dash-branding-current-logo = Tu logotipo actual
dash-branding-remove-logo = Quitar el logotipo (el portal muestra solo el nombre de tu empresa)
dash-branding-upload-logo = Subir un logotipo nuevo
dash-branding-logo-hint = PNG o SVG, 512 KB como máximo. Se muestra sobre blanco, con 36 píxeles de alto como máximo.
dash-branding-lede = Tu marca en el portal de clientes, las facturas en PDF y los recibos, tanto en modo de prueba como en modo real. Los clientes ven un cambio guardado en la siguiente página que abran.
dash-branding-saved = Marca guardada.
dash-branding-samples = Muestras
dash-branding-samples-hint = Se generan con lo que hay ahora en el formulario, guardado o no, para un cliente de muestra; se abren en una pestaña nueva y no guardan nada.
dash-branding-sample-invoice = Factura PDF de muestra
dash-branding-sample-receipt = Recibo de muestra
dash-branding-save = Guardar la marca
dash-branding-read-only = Tu rol te permite ver la marca. Un propietario o un administrador puede cambiarla.
dash-branding-business-name = Nombre de la empresa
dash-branding-empty-name = Vacío: el portal muestra «{ $merchant }».
dash-branding-accent = Color de acento
dash-branding-picker = Selector de color
dash-branding-not-a-colour = Escribe un color como # y seis dígitos hexadecimales, por ejemplo #4f46e5.
dash-branding-summary-white = Los botones usan { $accent } con texto blanco; los enlaces se muestran en { $link }.
dash-branding-summary-dark = Los botones usan { $accent } con texto oscuro; los enlaces se muestran en { $link }.
dash-branding-summary-white-darkened = Los botones usan { $accent } con texto blanco. Sobre los fondos claros del portal, el color tiene un contraste de { $ratio }:1, por debajo del 4,5:1 que necesita el texto, así que los enlaces se muestran en { $link }.
dash-branding-summary-dark-darkened = Los botones usan { $accent } con texto oscuro. Sobre los fondos claros del portal, el color tiene un contraste de { $ratio }:1, por debajo del 4,5:1 que necesita el texto, así que los enlaces se muestran en { $link }.
dash-branding-preview = Vista previa del portal
dash-branding-preview-button = Cambiar de plan
dash-branding-preview-link = Ver el historial de facturas

## Dashboard: portal settings
dash-portal-title = Ajustes del portal — panel de { $merchant }
dash-portal-heading = Ajustes del portal
dash-portal-lede = Lo que los clientes pueden hacer en el portal. Las sesiones usan la configuración predeterminada, salvo que tu servidor indique otra al crearlas.
dash-portal-saved = Ajustes del portal guardados. Las sesiones que se abran a partir de ahora los usan; las sesiones abiertas los aplican en su siguiente página.
dash-portal-created = Configuración creada como copia de la predeterminada. Pasa su ID como `configuration` al crear sesiones del portal.
dash-portal-preview-refused = Elige uno de tus clientes de prueba para ver la vista previa del portal.
dash-portal-unknown = Esa configuración no existe en esta cuenta.
dash-portal-field-address = Dirección de facturación
dash-portal-field-phone = Teléfono
dash-portal-proration-create = Abonar o cobrar la diferencia en la próxima factura
dash-portal-proration-invoice = Facturar la diferencia en el acto
dash-portal-proration-none = Sin prorrateo
dash-portal-proration-default = Nada (predeterminado)
dash-portal-configurations = Configuraciones del portal
dash-portal-new = Nueva configuración
dash-portal-preview-as = Vista previa como
dash-portal-preview = Vista previa
dash-portal-preview-hint = Abre el portal en una pestaña nueva como este cliente de prueba, con esta configuración tal como está guardada.
dash-portal-save = Guardar los ajustes del portal
dash-portal-read-only = Tu rol te permite ver los ajustes del portal. Un propietario o un administrador puede cambiarlos.
dash-portal-no-price-ticked = Ningún precio marcado: todos los precios del producto.
dash-portal-quantity = Los clientes eligen la cantidad
dash-portal-quantity-from = De
dash-portal-quantity-to = a
dash-portal-payments-and-invoices = Pagos y facturas
dash-portal-payment-methods-detail = los clientes añaden tarjetas y mandatos SEPA, los eliminan y eligen el predeterminado.
dash-portal-invoice-history = Historial de facturas
dash-portal-invoice-history-detail = los clientes ven sus facturas, descargan los PDF y pagan las pendientes.
dash-portal-billing-details = Datos de facturación
dash-portal-billing-details-detail = los clientes editan lo que aparece en sus facturas.
dash-portal-they-may-change = Pueden cambiar:
dash-portal-plan-changes = Cambios de plan
dash-portal-plan-changes-detail = los clientes cambian a otro plan o modifican su cantidad.
dash-portal-plans = Planes a los que pueden cambiar:
dash-portal-update-proration = Cobro de un cambio de plan
dash-portal-schedule = Estos cambios esperan al final del periodo pagado en lugar de aplicarse en el acto:
dash-portal-schedule-downgrade = Un plan más barato (una bajada)
dash-portal-schedule-shorter = Un periodo de facturación más corto (de anual a mensual)
dash-portal-cancellation = Cancelación
dash-portal-cancellation-detail = los clientes cancelan su plan por sí mismos.
dash-portal-cancel-mode = Cuándo se hace efectiva una cancelación:
dash-portal-cancel-at-period-end = Al final del periodo pagado (hasta entonces pueden cambiar de opinión)
dash-portal-cancel-at-once = En el acto
dash-portal-cancel-proration = Reembolso del tiempo no usado, al cancelar en el acto
dash-portal-ask-why = Preguntar el motivo
dash-portal-ask-why-detail = los clientes eligen un motivo antes de confirmar.
dash-portal-retention = Oferta de retención
dash-portal-no-offer = Sin oferta
dash-portal-retention-hint = Un cupón que se ofrece una vez antes de que el cliente confirme; si lo acepta, mantiene el plan con el descuento.
dash-portal-pause = Pausa
dash-portal-pause-detail = los clientes pausan los cobros un tiempo en lugar de cancelar.
dash-portal-words-and-links = Textos y enlaces
dash-portal-headline = Titular
dash-portal-headline-placeholder = Gestiona tu suscripción
dash-portal-return-url = Dirección de vuelta predeterminada
dash-portal-return-url-hint = Adónde lleva «Volver al sitio web» cuando una sesión no indica dirección de vuelta.
dash-portal-frame-ancestors = Sitios que pueden insertar el portal
dash-portal-frame-ancestors-hint = Un origen por línea, 10 como máximo. Vacío: ningún sitio puede mostrar el portal en un marco.
dash-portal-use = Uso
dash-portal-is-default = Esta es la configuración predeterminada. Para cambiarlo, haz predeterminada otra.
dash-portal-make-default = Convertir en la configuración predeterminada
dash-portal-past-due-default = Usarla para clientes cuyo pago ha fallado (vencidos)

## Dashboard: portal settings form
dash-portal-error-minimum = Escribe la cantidad mínima como número entero, por ejemplo { $example }.
dash-portal-error-maximum = Escribe la cantidad máxima como número entero, por ejemplo { $example }.
dash-portal-field-minimum = Cantidad mínima
dash-portal-field-maximum = Cantidad máxima
dash-portal-field-products = Planes a los que cambiar
dash-portal-field-reasons = Motivos de cancelación
dash-portal-field-cancel-proration = Reembolso al cancelar
dash-portal-field-schedule = Cambios al final del periodo

## Dashboard: catalogue
dash-catalogue-title = Catálogo — panel de { $merchant }
dash-catalogue-done-product = Producto creado. Añade un precio para que los clientes puedan suscribirse.
dash-catalogue-done-price = Precio añadido.
dash-catalogue-done-archived = Archivado: ya no se ofrece para nuevas suscripciones ni cambios de plan. Las suscripciones que ya lo tienen siguen renovándose.
dash-catalogue-done-restored = Restaurado: se vuelve a ofrecer allí donde lo incluyan los ajustes del portal.
dash-catalogue-done-coupon = Cupón creado. Ofrécelo como cupón de retención en Ajustes → Portal.
dash-catalogue-new-product = Nuevo producto
dash-catalogue-product = Producto
dash-catalogue-description = Descripción (opcional)
dash-catalogue-create-product = Crear producto
dash-catalogue-lede = Los productos y sus precios son lo que los clientes contratan y entre lo que cambian en el portal. Los cupones son descuentos que se ofrecen como cupones de retención cuando un cliente cancela.
dash-catalogue-products = Productos
dash-catalogue-products-none = Todavía no hay productos.
dash-catalogue-coupons = Cupones
dash-catalogue-coupons-none = Todavía no hay cupones.
dash-catalogue-archived = Archivado
dash-catalogue-prices-of = Precios de { $name }
dash-catalogue-archive-product = Archivar producto
dash-catalogue-archive-product-text = Las nuevas suscripciones y cambios de plan ya no ofrecen sus precios. Las suscripciones existentes siguen renovándose y puedes restaurarlo cuando quieras.
dash-catalogue-archive-confirm = Sí, archivar { $name }
dash-catalogue-archive = Archivar { $name }
dash-catalogue-restore = Restaurar { $name }
dash-catalogue-add-price-summary = Añadir un precio…
dash-catalogue-prices-none = Todavía no hay precios: los clientes no pueden suscribirse.
dash-catalogue-price = Precio
dash-id = ID
dash-status = Estado
dash-action = Acción
dash-catalogue-lookup-key = Clave de búsqueda
dash-catalogue-new-price = Nuevo precio para { $product }
dash-catalogue-months = Meses
dash-catalogue-years = Años
dash-catalogue-amount = Importe
dash-catalogue-currency = Moneda
dash-catalogue-billed-every = Se factura cada
dash-catalogue-months-or-years = Meses o años
dash-catalogue-lookup-key-optional = Clave de búsqueda (opcional)
dash-catalogue-add-price = Añadir precio
dash-coupon-percent-kind = Un porcentaje de descuento
dash-coupon-amount-kind = Un importe de descuento
dash-coupon-once = Una vez: la próxima factura
dash-coupon-repeating = Durante varios meses
dash-coupon-forever = Para siempre
dash-coupon-new = Nuevo cupón
dash-coupon = Cupón
dash-coupon-name = Nombre (opcional)
dash-coupon-name-placeholder = Quédate con nosotros
dash-coupon-discount = Descuento
dash-coupon-percent = Porcentaje de descuento (para un porcentaje)
dash-coupon-amount = Importe de descuento (para un importe)
dash-coupon-currency = Moneda (para un importe)
dash-coupon-applies = Se aplica
dash-coupon-months = Meses (para varios meses)
dash-coupon-create = Crear cupón
dash-catalogue-not-found = Ese producto o precio no está en el catálogo de esta cuenta.
dash-catalogue-error-currency = Elige una moneda de la lista
dash-catalogue-error-interval-count = Escribe cuántos meses o años dura un periodo, como número entero
dash-catalogue-error-percent = Escribe el porcentaje de descuento como número, por ejemplo 20
dash-catalogue-error-months = Escribe durante cuántos meses se aplica el cupón, de 1 a 120

## Dashboard: webhooks, and the pages that show a secret once
dash-copy = Copiar
dash-copied = Copiado
dash-back-to-account = Volver a tu cuenta
dash-back-to-keys = Volver a las claves de API
dash-back-to-team = Volver al equipo
dash-recovery-codes-title = Tus códigos de recuperación
dash-recovery-codes-text = El inicio de sesión en dos pasos está activado. Guarda estos códigos en un lugar seguro, lejos de tu móvil: cada uno te permite entrar una vez si lo pierdes. Solo se muestran esta vez.
dash-invitation-link = Enlace de invitación
dash-invitation-link-text = Este servidor no tiene configurado el correo, así que envía tú este enlace a { $email }. Funciona una vez, durante 72 horas, y permite elegir la contraseña.
dash-new-key-title = Tu nueva clave de API
dash-new-key-field = Clave secreta
dash-new-key-text-test = Cópiala ahora y guárdala en tu servidor: solo se muestra esta vez. Funciona en modo de prueba.
dash-new-key-text-live = Cópiala ahora y guárdala en tu servidor: solo se muestra esta vez. Funciona en modo real.
dash-signing-secret-title = El secreto de firma de tu endpoint
dash-signing-secret = Secreto de firma
dash-go-to-endpoint = Ir al endpoint
dash-signing-secret-new = Úsalo en tu servidor para comprobar la cabecera Vinr-Signature de cada entrega. Cópialo ahora: solo se muestra esta vez.
dash-signing-secret-rotated = Las entregas se firman con este secreto y, durante las próximas 24 horas, también con el antiguo, para que puedas cambiar tu servidor. Cópialo ahora: solo se muestra esta vez.
dash-team-role-forbids = Tu rol no permite este cambio: los propietarios y los administradores gestionan el equipo, y solo un propietario concede o retira la propiedad.
dash-team-not-found = Esa persona no está en este equipo.
dash-team-choose-role = Elige un rol.
dash-domains-not-found = Ese dominio no es de esta cuenta.
dash-webhooks-title = Webhooks — panel de { $merchant }
dash-webhooks-done-saved = Endpoint guardado.
dash-webhooks-done-test = Evento de prueba enviado. Su entrega aparece abajo en unos segundos; recarga la página para verla.
dash-webhooks-done-resent = Evento puesto de nuevo en cola para este endpoint.
dash-webhooks-done-enabled = Endpoint activado: vuelve a recibir eventos.
dash-webhooks-done-disabled = Endpoint desactivado: no recibe eventos hasta que lo actives.
dash-webhooks-done-deleted = Endpoint eliminado. Sus entregas pendientes no se enviarán.
dash-webhooks-refused-disabled = Este endpoint está desactivado; actívalo antes de enviar o reenviar eventos.
dash-webhooks-refused-unknown = Ese endpoint o evento no existe en esta cuenta.
dash-webhooks-lede = Endpoints en tus servidores que reciben eventos firmados cuando algo cambia, ya sea desde la API, el portal o este panel.
dash-webhooks-none = Todavía no hay endpoints.
dash-webhooks-new = Añadir un endpoint
dash-webhooks-add = Añadir endpoint
dash-webhooks-endpoint = Endpoint
dash-webhooks-url = URL del endpoint
dash-webhooks-description = Descripción
dash-webhooks-description-placeholder = Sincronización de pedidos en el servidor de producción
dash-webhooks-events = Eventos que enviar
dash-webhooks-all-events-later = , incluidos los tipos que se añadan más adelante
dash-webhooks-only-these = O solo estos:
dash-webhooks-error-events = Eventos que enviar: marca «Todos los eventos» o al menos un tipo de evento.
dash-endpoint-title = Endpoint de webhook — panel de { $merchant }
dash-endpoint-heading = Endpoint de webhook
dash-endpoint-disable = Desactivar
dash-endpoint-enable = Activar
dash-endpoint-send-test = Enviar evento de prueba
dash-endpoint-rotate = Renovar el secreto
dash-endpoint-delete = Eliminar
dash-endpoint-delete-text = Al eliminarlo se detienen todas las entregas a este endpoint, también las pendientes. No se puede deshacer.
dash-endpoint-delete-confirm = Sí, eliminar este endpoint
dash-endpoint-edit = Editar la URL, la descripción y los eventos
dash-endpoint-save = Guardar endpoint
dash-endpoint-deliveries = Entregas
dash-endpoint-deliveries-none = Todavía no hay entregas. Envía un evento de prueba o cambia algo en modo de prueba.
dash-endpoint-older = Entregas anteriores: GET /v1/webhook_endpoints/{"{"}id{"}"}/deliveries.
dash-delivery-response = Respuesta
dash-delivery-request-body = Cuerpo de la solicitud
dash-delivery-resend = Reenviar

## Dashboard: domains, payments, team, audit log, events, portal sessions
dash-branding-error-accent = Escribe el color de acento como # y seis dígitos hexadecimales, por ejemplo #4f46e5.
dash-branding-error-name = El nombre de la empresa puede tener como máximo 200 caracteres.
dash-branding-error-email = Escribe el correo de soporte como una dirección, por ejemplo help@example.com.
dash-branding-error-support-url = Escribe la página de soporte como una dirección web completa, que empiece por https://.
dash-branding-error-privacy-url = Escribe la política de privacidad como una dirección web completa, que empiece por https://.
dash-branding-error-terms-url = Escribe las condiciones del servicio como una dirección web completa, que empiece por https://.
dash-branding-error-logo = El logotipo debe ser una imagen PNG o SVG de 512 KB como máximo.
dash-branding-error-unreadable = No se ha podido leer el formulario. Un logotipo puede tener como máximo 512 KB; prueba con un archivo más pequeño.
dash-too-many-attempts-title = Demasiados intentos de inicio de sesión
dash-too-many-attempts = { $minutes ->
    [one] Demasiados inicios de sesión fallidos. Vuelve a intentarlo dentro de { $minutes } minuto.
   *[other] Demasiados inicios de sesión fallidos. Vuelve a intentarlo dentro de { $minutes } minutos.
}
dash-back-to-sign-in = Volver al inicio de sesión
dash-audit-title = Registro de auditoría — panel de { $merchant }
dash-audit-lede = Cada cambio en los datos de esta cuenta, desde la API, el portal o este panel, con quién lo hizo y desde dónde.
dash-audit-object = Objeto
dash-audit-actor = Autor
dash-audit-actor-placeholder = alguien@example.com o un ID
dash-audit-none = Ninguna entrada coincide.
dash-audit-older = Entradas anteriores
dash-audit-by = Por { $actor }
dash-audit-field = Campo
dash-audit-before = Antes
dash-audit-after = Después
dash-audit-page-gone = Esa página del registro de auditoría no está disponible; vuelve a empezar por las entradas más recientes.
dash-filter = Filtrar
dash-filter-clear = Borrar
dash-filter-customer = Cliente
dash-filter-from = Desde
dash-filter-to = Hasta
dash-filter-error-date = Escribe la fecha como año-mes-día, por ejemplo 2026-12-06 (no «{ $text }»).
dash-events-title = Eventos — panel de { $merchant }
dash-events-lede = Todo lo que ha pasado en este modo, tal como lo reciben tus endpoints de webhook.
dash-events-all-types = Todos los tipos
dash-events-none = Ningún evento coincide.
dash-events-older = Eventos anteriores
dash-events-body = Cuerpo del evento
dash-events-page-gone = Esa página de eventos no está disponible; vuelve a empezar por los más recientes.
dash-domains-title = Dominios personalizados — panel de { $merchant }
dash-domains-done-added = Dominio añadido. Añade sus dos registros en tu proveedor de DNS y luego elige Verificar ahora.
dash-domains-done-verified = Verificado: los nuevos enlaces del portal usan este dominio.
dash-domains-done-removed = Dominio eliminado. Los nuevos enlaces del portal vuelven a usar la dirección predeterminada.
dash-domains-lede = Sirve el portal con un nombre propio, como billing.example.com. Los enlaces del portal usan un dominio verificado; el panel sigue en la dirección de este servidor.
dash-domains-none = Todavía no hay ningún dominio personalizado.
dash-domains-new = Añadir un dominio
dash-domains-domain = Dominio
dash-domains-name = Nombre de dominio
dash-domains-name-hint = Un nombre que controles, sin esquema ni ruta.
dash-domains-add = Añadir dominio
dash-domains-remove-confirm = Sí, eliminar { $domain }
dash-domains-records = Registros que añadir en tu proveedor de DNS
dash-domains-type = Tipo
dash-domains-value = Valor
dash-domains-record-name = Nombre del registro { $kind }
dash-domains-record-value = Valor del registro { $kind }
dash-domains-verify = Verificar ahora
dash-domains-remove = Eliminar
dash-domains-remove-text = El portal deja de responder con este nombre al instante.
dash-payments-title = Pagos — panel de { $merchant }
dash-payments-connected-done = Stripe está conectado: los pagos reales pasan por tu cuenta de Stripe.
dash-payments-test-lede = El modo de prueba cobra las tarjetas de prueba de Stripe con el procesador de pruebas integrado: no hay nada que conectar. Cambia al modo real para conectar tu cuenta de Stripe y cobrar pagos reales.
dash-payments-live-lede = Los pagos reales pasan por tu propia cuenta de Stripe. Los clientes introducen tarjetas y cuentas bancarias en los campos de Stripe, así que los números de tarjeta nunca llegan a este servidor.
dash-payments-replace-heading = Sustituir las claves
dash-payments-connect = Conectar Stripe
dash-payments-replace = Sustituir claves
dash-payments-keys = Claves de Stripe
dash-payments-secret-key = Clave secreta o restringida
dash-payments-secret-key-hint = Desde el panel de Stripe, Desarrolladores → Claves de API. Se comprueba con Stripe y se guarda cifrada. Las claves de prueba (sk_test_…) ensayan el modo real sin dinero real.
dash-payments-publishable-key = Clave publicable
dash-payments-webhook-secret = Secreto de firma del webhook
dash-payments-webhook-secret-hint = Del endpoint de webhook que añades en Stripe para la URL que aparece en esta página.
dash-payments-test-keys = Claves de prueba
dash-payments-connected = Conectado
dash-payments-sandbox = Conectado con las claves de prueba de Stripe: el modo real se ensaya en el modo de prueba de Stripe, no se mueve dinero real y los relojes de prueba funcionan. Sustitúyelas por tus claves reales para cobrar pagos reales; los métodos de pago guardados de los clientes se quedan en la cuenta de prueba de Stripe.
dash-payments-webhook-url = URL de webhook que dar a Stripe
dash-payments-webhook-url-short = URL del webhook
dash-payments-webhook-events = Envía payment_intent.succeeded, payment_intent.payment_failed y payment_method.detached.
dash-sessions-title = Sesiones del portal — panel de { $merchant }
dash-sessions-lede = Las últimas 50 sesiones creadas para tus clientes. Al revocar una, termina al instante: la siguiente página del cliente indica que la sesión ha caducado.
dash-sessions-revoked = Sesión revocada.
dash-sessions-none = Todavía no hay sesiones del portal. Aquí aparecen las sesiones creadas con la API o desde la página de un cliente.
dash-sessions-ended = Esa sesión ya había terminado o no es de esta cuenta.
dash-sessions-revoke-label = Revocar la sesión de { $customer }
dash-sessions-revoke = Revocar
dash-team-title = Equipo — panel de { $merchant }
dash-team-done-emailed = Invitación enviada por correo. Su enlace funciona una vez, durante 72 horas.
dash-team-done-role = Rol cambiado. Se aplica a partir de su siguiente página.
dash-team-done-removed = Eliminado del equipo. Se ha cerrado su sesión al instante.
dash-team-done-two-step-on = El inicio de sesión en dos pasos ya es obligatorio: quienes no lo tengan lo configurarán en su siguiente página.
dash-team-done-two-step-off = El inicio de sesión en dos pasos ya no es obligatorio (quienes lo usan lo conservan).
dash-team-stop-requiring = Dejar de exigir el inicio de sesión en dos pasos
dash-team-require = Exigir el inicio de sesión en dos pasos a todos
dash-team-two-step-required = Obligatorio: todos inician sesión con una contraseña y un código de una aplicación de autenticación.
dash-team-two-step-not-required = No obligatorio: cada miembro del equipo decide en la página de su cuenta.
dash-team-invite-heading = Invitar a un miembro
dash-team-invitation = Invitación
dash-team-role = Rol
dash-team-roles-hint = Los administradores lo hacen todo salvo la propiedad. Los desarrolladores gestionan las claves de API, los webhooks y las sesiones del portal. Los lectores solo consultan.
dash-team-send-invitation = Enviar invitación
dash-team-lede = Todas las personas que pueden iniciar sesión en este panel y lo que su rol les permite hacer.
dash-team-remove-confirm = Sí, eliminar a { $email }
dash-team-change-role = Cambiar rol
dash-team-reinvite = Enviar un enlace nuevo
dash-team-remove-text = Se cierra su sesión al instante y ya no puede iniciarla. Puedes volver a invitarla más adelante.
dash-team-you = (tú)

## Dashboard: amounts typed in the catalogue
dash-amount-not-a-number = Escribe un importe como 12.50, solo con dígitos
dash-amount-decimals = { $decimals ->
    [one] Esta moneda tiene { $decimals } decimal como máximo
   *[other] Esta moneda tiene { $decimals } decimales como máximo
}
dash-amount-too-large = El importe es demasiado alto

## Not available: why, in the customer's words
unavailable-feature = Este portal no ofrece esa opción.
unavailable-fields = Hay campos que revisar.
unavailable-choice = Esa opción ya no está disponible. Vuelve atrás y elige de nuevo.
refusal-cannot-change-plan = Esta suscripción no puede cambiar de plan en su estado actual.
refusal-quantity-out-of-range = Elige una cantidad de 1 a { $maximum }.
refusal-plan-not-offered = No es posible cambiar a este plan.
refusal-quantity-bounds = Elige una cantidad de { $minimum } a { $maximum }.
refusal-quantity-fixed = La cantidad de este plan no se puede cambiar aquí.
refusal-price-unavailable = Este precio ya no está disponible.
refusal-currency-mismatch = Este plan se factura en { $new }, pero tu suscripción se factura en { $current }.
refusal-already-canceled = Este plan ya está cancelado o se cancelará.
refusal-no-scheduled-change = No hay ningún cambio de plan programado para esta suscripción.

## Live mode's processor fields (processor-fields.js)
processor-saving = Guardando…
processor-error-save = No se ha podido guardar tu tarjeta o tu cuenta bancaria. Revisa los datos y vuelve a intentarlo.
processor-error-unreachable = No se ha podido acceder al formulario de pago. Comprueba tu conexión y vuelve a intentarlo; no se ha guardado nada.
processor-error-bank = Tu banco no ha confirmado el pago. Vuelve a intentarlo o añade otra tarjeta.
processor-error-confirm = No se ha podido confirmar el pago: comprueba tu conexión y vuelve a intentarlo.
processor-error-load = No se ha podido cargar el formulario de pago. Comprueba tu conexión y vuelve a cargar la página.

## Dashboard: an invoice's PDF
dash-invoice-not-found = Esa factura no existe.
dash-invoice-no-pdf = Esta factura aún no tiene PDF.
