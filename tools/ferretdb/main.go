// Command ferretdb runs FerretDB v1.24 (MongoDB wire protocol) for local development.
//
// Why a wrapper: `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` is refused by
// the module proxy here, and building cmd/ferretdb as a tool of this module yields a binary that
// panics at start-up ("Invalid build/version/version.txt file content") because version.txt is a
// generated file that is not part of the published module. The embeddable package
// github.com/FerretDB/FerretDB/ferretdb has no such check, never reports telemetry and starts no
// debug HTTP handler, so this small main wraps it with the few flags scripts/infra.sh needs.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listenAddr := flag.String("listen-addr", "127.0.0.1:27017", "listen TCP address")
	listenUnix := flag.String("listen-unix", "", "listen Unix domain socket path (optional)")
	handler := flag.String("handler", "sqlite", "backend handler: sqlite or postgresql")
	sqliteURL := flag.String("sqlite-url", "file:data/", "SQLite URI (directory, must end with /) for the sqlite handler")
	postgresqlURL := flag.String("postgresql-url", "", "PostgreSQL URL for the postgresql handler")
	logLevel := flag.String("log-level", "info", "log level: debug, info, warn, error")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: bad --log-level %q: %v\n", *logLevel, err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:      ferretdb.ListenerConfig{TCP: *listenAddr, Unix: *listenUnix},
		Logger:        logger,
		Handler:       *handler,
		SQLiteURL:     *sqliteURL,
		PostgreSQLURL: *postgresqlURL,
	})
	if err != nil {
		logger.Error("ferretdb: start failed", "error", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	fmt.Fprintf(os.Stderr, "ferretdb v1.24.2 (embedded, handler=%s) listening on %s\n", *handler, f.MongoDBURI())
	if err := f.Run(ctx); err != nil {
		logger.Error("ferretdb: run failed", "error", err)
		os.Exit(1)
	}
}
