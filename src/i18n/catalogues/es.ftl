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
