# syntax=docker/dockerfile:1
# Build stage: the production jar (Vaadin production mode).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline -Pproduction || true
COPY frontend/ frontend/
COPY question-banks/ question-banks/
COPY src/ src/
RUN ./mvnw -B -ntp -Pproduction -DskipTests package && cp target/quizdeck-*.jar /src/quizdeck.jar

# Runtime stage: a JRE, a non-root user, data on a volume. Embedded H2 in /data by default; for PostgreSQL and
# several nodes set SPRING_PROFILES_ACTIVE=prod,postgres and QUIZDECK_DB_URL/_USER/_PASSWORD (docs/deploy.md).
# docker stop sends SIGTERM: a graceful shutdown (running requests and answers finish, up to 30 s).
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system quizdeck && useradd --system --gid quizdeck --home-dir /app quizdeck \
    && mkdir -p /data && chown quizdeck:quizdeck /data
WORKDIR /app
COPY --from=build /src/quizdeck.jar /app/quizdeck.jar
ENV SPRING_PROFILES_ACTIVE=prod \
    QUIZDECK_DATA_DIR=/data \
    PORT=8080
VOLUME ["/data"]
EXPOSE 8080
USER quizdeck
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/quizdeck.jar"]
