// The address of the territories' page (reached from "Pour commencer").
export const TERRITORIES_PATH = '/territoires';
