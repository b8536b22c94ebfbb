#!/usr/bin/env bash
# A Linli cluster on this machine: PostgreSQL, two (or more) Payara Micro nodes clustered by Payara's Hazelcast
# (TCP/IP discovery on 127.0.0.1), and nginx in front of them on one port.
#
#   infra/cluster/local.sh start [NODES]   build first with: mvn -B -DskipTests package
#   infra/cluster/local.sh status
#   infra/cluster/local.sh kill N          kill -9 node N (as a crash would)
#   infra/cluster/local.sh restart N       start node N again and wait until it is ready
#   infra/cluster/local.sh stop            stop nginx, the nodes and the PostgreSQL it started
#   infra/cluster/local.sh reset           stop, and forget the database, keys and logs
#
# Settings (environment): LINLI_CLUSTER_PORT (nginx, 8080), LINLI_CLUSTER_NODE_PORT (first node, 8081; node N listens
# on it + N - 1), LINLI_CLUSTER_HAZELCAST_PORT (6900, likewise), LINLI_CLUSTER_DEMO (true: demo data and the Alipay
# sandbox), LINLI_CLUSTER_HEAP (1g), LINLI_CLUSTER_PG_PORT (55440), LINLI_CLUSTER_RUN (infra/cluster/run). With
# LINLI_DB_URL, LINLI_DB_USER, LINLI_DB_PASSWORD, LINLI_DB_MIGRATION_USER and LINLI_DB_MIGRATION_PASSWORD set, the
# nodes use that PostgreSQL; otherwise the script starts its own on 127.0.0.1:55440. Everything it makes lives in
# the run directory (not committed), including the personal-data keys all nodes share.
set -euo pipefail
cluster_dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$cluster_dir/../.." && pwd)
run=${LINLI_CLUSTER_RUN:-$cluster_dir/run}
jar="$root/infra/target/linli.jar"
proxy_port=${LINLI_CLUSTER_PORT:-8080}
node_port=${LINLI_CLUSTER_NODE_PORT:-8081}
hazelcast_port=${LINLI_CLUSTER_HAZELCAST_PORT:-6900}
demo=${LINLI_CLUSTER_DEMO:-true}
heap=${LINLI_CLUSTER_HEAP:-1g}
pg_port=${LINLI_CLUSTER_PG_PORT:-55440}

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
nodes() { cat "$run/nodes" 2>/dev/null || echo 2; }
port_of() { echo $((node_port + $1 - 1)); }
pid_of() { cat "$run/node$1.pid" 2>/dev/null || true; }
alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }

start_postgres() {
  [ -n "${LINLI_DB_URL:-}" ] && return
  local bin; bin=$(pg_bin)
  [ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql), or set LINLI_DB_URL" >&2; exit 1; }
  if [ ! -d "$run/pg/data" ]; then
    mkdir -p "$run/pg"
    printf 'postgres\n' > "$run/pg/superuser-password"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$run/pg"
    as_postgres "$bin/initdb" -D "$run/pg/data" -U postgres --pwfile="$run/pg/superuser-password" \
      --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$run/pg/data" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$run/pg/data" -l "$run/pg/server.log" -w \
      -o "-p $pg_port -k $run/pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  fi
  "$bin/psql" -h "$run/pg" -p "$pg_port" -U postgres -q -v ON_ERROR_STOP=1 <<'SQL'
do $$ begin
  if not exists (select from pg_roles where rolname = 'linli_owner') then
    create role linli_owner login password 'linli_owner';
  end if;
  if not exists (select from pg_roles where rolname = 'linli_app') then
    create role linli_app login password 'linli_app';
  end if;
end $$;
SQL
  if ! "$bin/psql" -h "$run/pg" -p "$pg_port" -U postgres -tAc "select 1 from pg_database where datname = 'linli'" \
      | grep -q 1; then
    "$bin/psql" -h "$run/pg" -p "$pg_port" -U postgres -q \
      -c "create database linli owner linli_owner encoding 'UTF8' template template0"
  fi
  export LINLI_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/linli" LINLI_DB_USER=linli_app \
    LINLI_DB_PASSWORD=linli_app LINLI_DB_MIGRATION_USER=linli_owner LINLI_DB_MIGRATION_PASSWORD=linli_owner
}

stop_postgres() {
  local bin; bin=$(pg_bin)
  if [ -n "$bin" ] && [ -d "$run/pg/data" ]; then
    as_postgres "$bin/pg_ctl" -D "$run/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

# Every node must seal personal data with the same keys: made once here, handed to every node.
shared_keys() {
  if [ ! -f "$run/keys.env" ]; then
    umask 077
    {
      echo "LINLI_CRYPTO_KEYS=k1:$(openssl rand -base64 32)"
      echo "LINLI_CRYPTO_ACTIVE_KEY=k1"
      echo "LINLI_CRYPTO_INDEX_KEY=$(openssl rand -base64 32)"
    } > "$run/keys.env"
  fi
  set -a; . "$run/keys.env"; set +a
}

members() {
  local n=$1 list="" i
  for i in $(seq 1 "$n"); do list="$list${list:+,}127.0.0.1:$((hazelcast_port + i - 1))"; done
  echo "$list"
}

start_node() {
  local i=$1 n; n=$(nodes)
  alive "$(pid_of "$i")" && { echo "node $i is running"; return; }
  # Payara's runtime directory holds nothing of Linli's: a fresh one per start, or Payara would deploy the
  # application it remembers and then redeploy the bundle's, answering 404 in between.
  rm -rf "$run/node$i/payara"
  mkdir -p "$run/node$i"
  local demo_env=()
  if [ "$demo" = true ]; then demo_env=(LINLI_DEMO=true LINLI_DEMO_ALLOW_DATABASE=true); fi
  env "${demo_env[@]}" LINLI_DATA_DIR="$run/node$i/data" \
    nohup java -XX:+UseG1GC -Xms128m "-Xmx$heap" -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 \
      -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir="$run/node$i" \
      -jar "$jar" --port "$(port_of "$i")" --name "node$i" --rootdir "$run/node$i/payara" \
      --interfaces 127.0.0.1 --clustername linli-local --clustermode "tcpip:$(members "$n")" \
      --startport "$((hazelcast_port + i - 1))" > "$run/node$i.log" 2>&1 &
  echo $! > "$run/node$i.pid"
  wait_ready "$i"
}

wait_ready() {
  local i=$1 port; port=$(port_of "$1")
  for _ in $(seq 1 240); do
    # Payara answers /health before the application is deployed: ready means Linli's own database check is up.
    if curl -fs "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"name" *: *"database"'; then
      echo "node $i ready on 127.0.0.1:$port"
      return
    fi
    alive "$(pid_of "$i")" || { echo "node $i stopped; see $run/node$i.log" >&2; tail -n 30 "$run/node$i.log" >&2; exit 1; }
    sleep 1
  done
  echo "node $i not ready after 240 s; see $run/node$i.log" >&2
  exit 1
}

# Payara Micro opens its port before the application is deployed and answers 404 meanwhile, so a node that (re)starts
# is marked down at the proxy until /health/ready answers (what a readiness probe does in production).
start_nginx() {
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is not installed (apt-get install nginx)" >&2; exit 1; }
  local upstreams="" i state
  for i in $(seq 1 "$(nodes)"); do
    state=""
    grep -qx "$i" "$run/starting" 2>/dev/null && state=" down"
    upstreams="$upstreams        server 127.0.0.1:$(port_of "$i") max_fails=1 fail_timeout=10s$state;\n"
  done
  mkdir -p "$run/nginx-temp"
  chmod 1777 "$run/nginx-temp"
  sed -e "s#@RUN@#$run#g" -e "s#@PORT@#$proxy_port#g" -e "s#@UPSTREAMS@#${upstreams%\\n}#" \
    "$cluster_dir/nginx.conf" > "$run/nginx.conf"
  local nginx; nginx=$(command -v nginx || echo /usr/sbin/nginx)
  if nginx_running; then
    "$nginx" -c "$run/nginx.conf" -p "$run" -s reload
  else
    "$nginx" -c "$run/nginx.conf" -p "$run"
  fi
  echo "nginx on http://127.0.0.1:$proxy_port/ in front of $(nodes) nodes"
}

nginx_running() { alive "$(cat "$run/nginx.pid" 2>/dev/null || true)"; }

stop_all() {
  local nginx; nginx=$(command -v nginx || echo /usr/sbin/nginx)
  if alive "$(cat "$run/nginx.pid" 2>/dev/null || true)"; then "$nginx" -c "$run/nginx.conf" -p "$run" -s quit || true; fi
  local i pid
  for i in $(seq 1 "$(nodes)"); do
    pid=$(pid_of "$i")
    if alive "$pid"; then kill "$pid"; fi
  done
  for i in $(seq 1 "$(nodes)"); do
    pid=$(pid_of "$i")
    for _ in $(seq 1 30); do alive "$pid" || break; sleep 1; done
    if alive "$pid"; then kill -9 "$pid"; fi
    rm -f "$run/node$i.pid"
  done
  stop_postgres
}

command=${1:-}
case "$command" in
  start)
    [ -f "$jar" ] || { echo "build Linli first: mvn -B -DskipTests package" >&2; exit 1; }
    mkdir -p "$run"
    echo "${2:-2}" > "$run/nodes"
    start_postgres
    shared_keys
    # The first node alone migrates the database and, in demo mode, seeds it; the others join a ready database.
    for i in $(seq 1 "$(nodes)"); do start_node "$i"; done
    start_nginx
    ;;
  kill)
    pid=$(pid_of "${2:?node number}")
    alive "$pid" && kill -9 "$pid"
    rm -f "$run/node$2.pid"
    echo "node $2 killed"
    ;;
  restart)
    start_postgres
    shared_keys
    echo "${2:?node number}" >> "$run/starting"
    if nginx_running; then start_nginx; fi
    start_node "$2"
    grep -vx "$2" "$run/starting" > "$run/starting.next" || true
    mv "$run/starting.next" "$run/starting"
    if nginx_running; then start_nginx; fi
    ;;
  status)
    for i in $(seq 1 "$(nodes)"); do
      if alive "$(pid_of "$i")"; then echo "node $i: running (pid $(pid_of "$i"), port $(port_of "$i"))"
      else echo "node $i: stopped"; fi
    done
    if alive "$(cat "$run/nginx.pid" 2>/dev/null || true)"; then echo "nginx: http://127.0.0.1:$proxy_port/"
    else echo "nginx: stopped"; fi
    ;;
  stop)
    stop_all
    echo "stopped"
    ;;
  reset)
    stop_all
    rm -rf "$run"
    echo "reset"
    ;;
  *)
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
