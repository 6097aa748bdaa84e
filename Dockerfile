# mailbot as a small, non-root container. Build:  docker build -t mailbot .
# Run with PostgreSQL: docker compose up -d   (see compose.yaml and README "Run in a container").
FROM python:3.11-slim-bookworm AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY mailbot ./mailbot
COPY parsers ./parsers
COPY templates ./templates
RUN pip wheel --no-cache-dir --wheel-dir /wheels '.[postgres]'

FROM python:3.11-slim-bookworm
# Tesseract reads scanned forms (English and French).
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-fra \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /var/lib/mailbot --create-home --shell /usr/sbin/nologin mailbot
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links /wheels 'mailbot[postgres]' && rm -rf /wheels
COPY deploy/entrypoint.sh /usr/local/bin/mailbot-entrypoint
ENV MAILBOT_CONFIG=/etc/mailbot/mailbot.toml \
    MAILBOT_LOG_FORMAT=json \
    PYTHONUNBUFFERED=1
USER mailbot
WORKDIR /var/lib/mailbot
VOLUME ["/var/lib/mailbot"]
ENTRYPOINT ["/usr/local/bin/mailbot-entrypoint"]
CMD ["run"]
