/** A small router over the History API: the current route, navigation, and links that work with the keyboard. */
import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { parseRoute, type Route, routePath } from '../models/route';

interface RouterValue {
  route: Route;
  navigate(route: Route, options?: { replace?: boolean }): void;
}

const RouterContext = createContext<RouterValue | undefined>(undefined);

function current(): Route {
  return parseRoute(window.location.pathname, window.location.search);
}

export function RouterProvider({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState<Route>(current);

  useEffect(function followBrowserHistory() {
    const onPop = () => setRoute(current());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const value = useMemo<RouterValue>(
    () => ({
      route,
      navigate(next, options) {
        const path = routePath(next);
        if (path === window.location.pathname + window.location.search) return;
        if (options?.replace) window.history.replaceState(null, '', path);
        else window.history.pushState(null, '', path);
        setRoute(parseRoute(window.location.pathname, window.location.search));
      },
    }),
    [route],
  );
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter needs a RouterProvider above it');
  return value;
}

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: Route;
  children: ReactNode;
}

/** An <a> with a real href (open in a new tab works) that navigates in place on a plain click. */
export function Link({ to, children, onClick, ...rest }: LinkProps) {
  const { navigate } = useRouter();
  function follow(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(to);
  }
  return (
    <a href={routePath(to)} onClick={follow} {...rest}>
      {children}
    </a>
  );
}
