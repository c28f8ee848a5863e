/** How many similar quotes the list shows and the Shift+V key places. */
export const SIMILAR_COUNT = 5;
