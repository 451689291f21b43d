// The export declaration forms: default class, let/var/const, destructuring, generators,
// async functions, string export names.
import Named, * as forms from './fixtures/esm_export_forms/forms.mjs';
import { 'string export' as stringExport } from './fixtures/esm_export_forms/forms.mjs';

console.log(Named.name, Named.kind, Object.keys(forms));
console.log(forms.letValue, forms.varValue, forms.destructured, forms.renamed, forms.first, forms.third);
console.log([...forms.generator()], await forms.asyncFunction(), stringExport, forms['string export']);
console.log(forms.default === Named, forms.default2);
