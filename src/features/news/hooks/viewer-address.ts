import { createContext, useContext } from 'react';

/** The connected wallet, when the app shell knows one: the feed and articles then carry their exposure to it. */
export const ViewerAddressContext = createContext<string | undefined>(undefined);

export const useViewerAddress = () => useContext(ViewerAddressContext);
