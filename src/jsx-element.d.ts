// Astro types a template element as `HTMLElement | any`, so typed lint rules would see every
// `items.map((item) => <li>...</li>)` in a component as returning `any`. Naming the element type
// lets them check templates like any other code. A declaration only: no built file changes.
import 'astro/astro-jsx';

declare global {
	namespace JSX {
		type Element = HTMLElement;
	}
}
