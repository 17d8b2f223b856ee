/** Marks every element the extension adds, so the observer and the adapter never treat it as page content. */
export const OWN_NODE_ATTRIBUTE = 'data-not-so-social';
