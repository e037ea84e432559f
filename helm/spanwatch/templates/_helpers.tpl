{{- define "spanwatch.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "spanwatch.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "spanwatch.selector" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "spanwatch.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{/* The spanwatch container; the gateway Deployment uses it, and NOTES prints it for sidecar users. */}}
{{- define "spanwatch.container" -}}
name: spanwatch
image: {{ include "spanwatch.image" . }}
imagePullPolicy: {{ .Values.image.pullPolicy }}
args:
  - run
{{- if .Values.config }}
  - --config
  - /etc/spanwatch/config.yaml
{{- end }}
env:
  # Bind to the pod: the defaults bind to localhost, like the collector's.
  - name: SPANWATCH_GRPC_ENDPOINT
    value: "0.0.0.0:{{ .Values.ports.otlpGrpc }}"
  - name: SPANWATCH_HTTP_ENDPOINT
    value: "0.0.0.0:{{ .Values.ports.otlpHttp }}"
  - name: SPANWATCH_HEALTH_ENDPOINT
    value: "0.0.0.0:{{ .Values.ports.health }}"
  - name: SPANWATCH_METRICS_ADDRESS
    value: "0.0.0.0:{{ .Values.ports.metrics }}"
  - name: SPANWATCH_DATA_DIR
    value: {{ .Values.dataDir | quote }}
  # Compiled rule databases are cached here (the root filesystem is read-only).
  - name: SPANWATCH_CACHE_DIR
    value: "{{ .Values.dataDir }}/cache"
  - name: SPANWATCH_LOG_LEVEL
    value: {{ .Values.logLevel | quote }}
  - name: MY_POD_IP
    valueFrom:
      fieldRef:
        fieldPath: status.podIP
{{- if .Values.privacy.hashKeySecret.name }}
  - name: SPANWATCH_HASH_KEY
    valueFrom:
      secretKeyRef:
        name: {{ .Values.privacy.hashKeySecret.name }}
        key: {{ .Values.privacy.hashKeySecret.key }}
{{- end }}
ports:
  - name: otlp-grpc
    containerPort: {{ .Values.ports.otlpGrpc }}
  - name: otlp-http
    containerPort: {{ .Values.ports.otlpHttp }}
  - name: health
    containerPort: {{ .Values.ports.health }}
  - name: metrics
    containerPort: {{ .Values.ports.metrics }}
# 200 when every component is up, 503 while starting or draining.
# A pod with an empty cache serves within seconds (RE2 while Hyperscan compiles in the background); with
# processors::detect::regex_cold_start: wait it compiles first (~70 s on 2 vCPUs): 300 s before the kubelet gives
# up, so a busy node does not restart it mid-compile.
startupProbe:
  httpGet: {path: /, port: health}
  periodSeconds: 2
  failureThreshold: 150
readinessProbe:
  httpGet: {path: /, port: health}
  periodSeconds: 5
livenessProbe:
  httpGet: {path: /, port: health}
  periodSeconds: 10
  failureThreshold: 6
resources:
  {{- toYaml .Values.resources | nindent 2 }}
securityContext:
  {{- toYaml .Values.securityContext | nindent 2 }}
volumeMounts:
  - name: data
    mountPath: {{ .Values.dataDir }}
{{- if .Values.config }}
  - name: config
    mountPath: /etc/spanwatch
    readOnly: true
{{- end }}
{{- end -}}
