/** Path of Mermaid's browser module under the site's base, set by src/integrations/mermaid-browser-bundle.ts. */
declare const __MERMAID_MODULE_PATH__: string;
