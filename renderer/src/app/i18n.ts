import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from '../../../shared/i18n/catalogs';
import type { Language } from '../../../shared/contract/app';

const { id, en } = catalogs;

void i18next.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: 'id',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export default i18next;
