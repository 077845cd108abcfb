import { numberLocale } from "../../engine/runtime/messages/format.ts";
import { localCourseProgress } from "../../engine/tracking/local-progress.ts";
import { certificateScriptMessagesFor } from "../lib/certificate-script-messages.ts";

/**
 * The certificate page: once the final assessment is passed on this device, the learner types a
 * name and gets a certificate to print. The name stays in the page: never stored, never sent.
 */
const lang = document.documentElement.lang;
const messages = certificateScriptMessagesFor(lang);
const form = document.querySelector<HTMLFormElement>("[data-name-form]");
const certificate = document.querySelector<HTMLElement>("[data-certificate]");
const find = (selector: string) => document.querySelector<HTMLElement>(selector);

function showCertificate(name: string, score: number | undefined, passMark: number): void {
  const nameField = find("[data-certificate-name]");
  const result = find("[data-certificate-result]");
  const date = find("[data-certificate-date]");
  const print = find("[data-print]");
  if (!certificate || !nameField || !result || !date || !print) return;
  nameField.textContent = name;
  result.textContent =
    score === undefined ? messages.passedAtPassMark(passMark) : messages.passedWithScore(score, passMark);
  const today = new Intl.DateTimeFormat(numberLocale(lang), { dateStyle: "long" }).format(new Date());
  date.textContent = messages.issuedOn(today);
  certificate.hidden = false;
  print.hidden = false;
  certificate.focus();
}

if (form && certificate) {
  const { passed, score } = localCourseProgress(form.dataset.course ?? "").assessmentResult();
  const passMark = Number(form.dataset.passMark);
  const input = form.querySelector<HTMLInputElement>("input");
  const error = find("[data-name-error]");
  if (passed && input && error) {
    find("[data-not-passed]")?.toggleAttribute("hidden", true);
    form.hidden = false;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const name = input.value.trim().replace(/\s+/g, " ");
      input.setAttribute("aria-invalid", String(name === ""));
      error.textContent = name === "" ? messages.nameMissing : "";
      if (name === "") input.focus();
      else showCertificate(name, score, passMark);
    });
    find("[data-print-button]")?.addEventListener("click", () => print());
  }
}
