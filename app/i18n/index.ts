import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setRequestLanguage } from '../api/client';
import type { Language } from '../api/types';
import { enGB } from './en-GB';
import { msMY } from './ms-MY';

const STORAGE_KEY = 'spotme.language';

export function storedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en-GB' ? 'en-GB' : 'ms-MY';
}

export async function setLanguage(lang: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang === 'en-GB' ? 'en' : 'ms';
  setRequestLanguage(lang);
  await i18next.changeLanguage(lang);
}

export function initI18n(): typeof i18next {
  // The resources are bundled, so init has nothing to load and cannot fail; the first render does not wait.
  void i18next.use(initReactI18next).init({
    resources: { 'ms-MY': { translation: msMY }, 'en-GB': { translation: enGB } },
    lng: storedLanguage(),
    fallbackLng: 'ms-MY',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = storedLanguage() === 'en-GB' ? 'en' : 'ms';
  setRequestLanguage(storedLanguage());
  return i18next;
}
