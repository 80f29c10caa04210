export * from './languages.ts';
export * from './public-pages.ts';
export * from './release.ts';
export * from './strings.ts';
export * from './content.ts';
export * from './create-i18n.ts';
export * from './criteria-text.ts';
