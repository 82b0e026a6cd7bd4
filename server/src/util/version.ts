/** The product's version, as package.json says (test/architecture.test.ts checks they agree). */
export const VERSION = '0.1.0';
