# Builds and runs case-api. Used by docker-compose.yml; kept correct by reading, since the
# development and CI machines have no Docker engine.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -pl case-api -am package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/case-api/target/case-api-*.jar /app/full-accounting.jar
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
EXPOSE 8080
ENTRYPOINT ["java", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/full-accounting.jar"]
