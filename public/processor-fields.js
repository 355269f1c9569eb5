// Live mode's "Add card" and "Add bank account": the processor's own fields (Stripe.js
// Elements) are mounted in each `form[data-processor-form]`. On submit, the server makes a
// setup intent (`data-start`), the processor's script confirms it with what the customer
// typed (the number or IBAN goes from the field to the processor, never to this site), and
// the form is then posted with only the setup intent's id. "Confirm your payment" buttons
// (`[data-confirm-payment]`) complete a payment the bank asked to authenticate (3-D Secure)
// with the processor's script; the processor's event then pays the invoice. Its words come
// from its script tag (data-*), in the customer's language, and Stripe.js gets that locale.
(function () {
  "use strict";
  var tag = (document.currentScript && document.currentScript.dataset) || {};
  var words = {
    saving: tag.saving || "Saving…",
    errorSave: tag.errorSave || "Your card or bank account could not be saved. Check the details and try again.",
    errorUnreachable: tag.errorUnreachable || "The payment form could not be reached. Check your connection and try again; nothing was saved.",
    errorBank: tag.errorBank || "Your bank did not confirm the payment. Try again, or add another card.",
    errorConfirm: tag.errorConfirm || "The payment could not be confirmed: check your connection and try again.",
    errorLoad: tag.errorLoad || "The payment form could not be loaded. Check your connection and reload the page.",
  };
  var stripeOptions = { locale: tag.locale || "auto" };
  var forms = Array.prototype.slice.call(document.querySelectorAll("form[data-processor-form]"));
  var confirms = Array.prototype.slice.call(document.querySelectorAll("[data-processor-confirm]"));
  var first = forms[0] || confirms[0];
  if (!first) return;

  function showError(form, message) {
    var error = form.querySelector("[data-processor-error]");
    error.textContent = message;
    error.hidden = false;
  }

  function busy(form, pending) {
    var button = form.querySelector("button[type=submit]");
    if (!button.dataset.label) button.dataset.label = button.textContent;
    button.disabled = pending;
    button.setAttribute("aria-busy", pending ? "true" : "false");
    button.textContent = pending ? words.saving : button.dataset.label;
  }

  function value(form, name) {
    var field = form.querySelector("[name=" + name + "]");
    return field ? field.value.trim() : "";
  }

  function mount(form) {
    var kind = form.dataset.processorForm;
    var stripe = window.Stripe(form.dataset.publishableKey, stripeOptions);
    var element = stripe.elements().create(kind === "card" ? "card" : "iban",
      kind === "card" ? {} : { supportedCountries: ["SEPA"] });
    element.mount(form.querySelector("[data-processor-field]"));

    form.addEventListener("submit", function (event) {
      if (value(form, "setup_intent")) return; // confirmed: this is the real post
      event.preventDefault();
      if (!form.reportValidity()) return;
      form.querySelector("[data-processor-error]").hidden = true;
      busy(form, true);
      fetch(form.dataset.start, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json" },
        body: new URLSearchParams({ kind: kind }),
        credentials: "same-origin",
      })
        .then(function (response) {
          if (!response.ok) throw new Error("start");
          return response.json();
        })
        .then(function (clientSecret) {
          return kind === "card"
            ? stripe.confirmCardSetup(clientSecret, {
                payment_method: { card: element, billing_details: { name: value(form, "cardholder_name") || undefined } },
              })
            : stripe.confirmSepaDebitSetup(clientSecret, {
                payment_method: { sepa_debit: element, billing_details: { name: value(form, "name"), email: value(form, "email") } },
              });
        })
        .then(function (result) {
          if (result.error) {
            showError(form, result.error.message || words.errorSave);
            busy(form, false);
            return;
          }
          form.querySelector("[name=setup_intent]").value = result.setupIntent.id;
          form.submit();
        })
        .catch(function () {
          showError(form, words.errorUnreachable);
          busy(form, false);
        });
    });
  }

  function confirmation(box) {
    var stripe = window.Stripe(box.dataset.publishableKey, stripeOptions);
    var button = box.querySelector("[data-confirm-payment]");
    button.addEventListener("click", function () {
      box.querySelector("[data-processor-error]").hidden = true;
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
      fetch(button.dataset.confirmUrl, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json" },
        body: new URLSearchParams({ invoice_id: button.dataset.confirmPayment }),
        credentials: "same-origin",
      })
        .then(function (response) {
          if (!response.ok) throw new Error("confirmation");
          return response.json();
        })
        .then(function (clientSecret) { return stripe.confirmCardPayment(clientSecret); })
        .then(function (result) {
          if (result.error || !result.paymentIntent || result.paymentIntent.status !== "succeeded") {
            showError(box, (result.error && result.error.message) || words.errorBank);
            button.disabled = false;
            button.setAttribute("aria-busy", "false");
            return;
          }
          window.location.assign(window.location.pathname + "?notice=payment_confirmed");
        })
        .catch(function () {
          showError(box, words.errorConfirm);
          button.disabled = false;
          button.setAttribute("aria-busy", "false");
        });
    });
  }

  var script = document.createElement("script");
  script.src = first.dataset.jsUrl;
  script.onload = function () {
    forms.forEach(mount);
    confirms.forEach(confirmation);
  };
  script.onerror = function () {
    forms.concat(confirms).forEach(function (box) {
      showError(box, words.errorLoad);
      box.querySelectorAll("button").forEach(function (button) { button.disabled = true; });
    });
  };
  document.head.appendChild(script);
})();
