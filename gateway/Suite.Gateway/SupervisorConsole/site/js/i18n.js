import en from './locales/en.js';
import zhCN from './locales/zh-CN.js';

const catalogues = { en, 'zh-CN': zhCN };
const storageKey = 'suite.console.language';

let language = localStorage.getItem(storageKey)
  ?? (navigator.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');

export const currentLanguage = () => language;

export function setLanguage(next) {
  language = catalogues[next] ? next : 'en';
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
}

// A missing key falls back to English, then to the key itself, so a gap shows up as text, not a blank.
export function t(key, values = {}) {
  const text = catalogues[language][key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

// Wire values (kebab-case enum names such as "awaiting-customer") have their own entries.
export const label = (group, value) => (value === null || value === undefined) ? '' : t(`${group}.${value}`);

export function translateStatic(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
}

export function formatNumber(value, digits = 0) {
  return value === null || value === undefined ? '–'
    : new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function formatDateTime(value) {
  return value ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)) : '–';
}

export function formatDate(value) {
  return value ? new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(value)) : '–';
}
