/* Bringing up loopback in the runtime's fresh network namespace (libnl), so
 * guest servers and clients on 127.0.0.1 work while nothing else exists. */
#define _GNU_SOURCE
#include <errno.h>
#include <net/if.h>
#include <netlink/netlink.h>
#include <netlink/route/link.h>

#include "sandbox.h"

int netns_loopback_up(secexec_error_t **err) {
  struct nl_sock *sk = nl_socket_alloc();
  if (!sk)
    return error_set(err, ENOMEM, "netlink socket");
  int r = nl_connect(sk, NETLINK_ROUTE);
  if (r < 0) {
    nl_socket_free(sk);
    return error_set(err, 0, "netlink connect: %s", nl_geterror(r));
  }
  struct rtnl_link *lo = NULL, *change = rtnl_link_alloc();
  r = rtnl_link_get_kernel(sk, 0, "lo", &lo);
  if (r >= 0 && change) {
    rtnl_link_set_flags(change, IFF_UP);
    r = rtnl_link_change(sk, lo, change, 0);
  }
  if (lo)
    rtnl_link_put(lo);
  if (change)
    rtnl_link_put(change);
  nl_socket_free(sk);
  if (r < 0)
    return error_set(err, 0, "bring up loopback: %s", nl_geterror(r));
  return 0;
}
