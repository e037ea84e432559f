# spanwatch container image: `docker build -t spanwatch:0.1.0 .` (the Helm chart's default image is spanwatch:<appVersion>).
# Not built by the test suite (no container engine on the CI machine); the chart tests run what it would run:
# `spanwatch run` with the chart's arguments and environment.
FROM python:3.11-slim AS build
WORKDIR /src
# gcc builds the optional C scoring core of the classifier (processors/_ngram.c); the runtime stage needs none.
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml setup.py README.md ./
COPY sidecar sidecar
COPY processors processors
COPY exporters exporters
COPY config config
RUN pip install --no-cache-dir --prefix=/install ".[fast]"

FROM python:3.11-slim
COPY --from=build /install /usr/local
# The chart runs as this user with a read-only root filesystem; state goes to /var/lib/spanwatch.
RUN useradd --uid 10001 --no-create-home --home-dir /var/lib/spanwatch spanwatch \
    && mkdir -p /var/lib/spanwatch && chown 10001:10001 /var/lib/spanwatch
USER 10001
ENV SPANWATCH_DATA_DIR=/var/lib/spanwatch SPANWATCH_CACHE_DIR=/var/lib/spanwatch/cache
EXPOSE 4317 4318 8888 13133
ENTRYPOINT ["spanwatch"]
CMD ["run"]
