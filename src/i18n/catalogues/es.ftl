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
