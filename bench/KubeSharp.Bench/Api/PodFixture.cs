namespace KubeSharp.Bench.Api;

/// <summary>
/// A realistic pod as the API server returns it once it runs: a Deployment's replica with probes,
/// resources, a projected service-account volume, tolerations and a full status (about 3 KB compact).
/// </summary>
internal static class PodFixture
{
    public const string Json = """
        {"kind":"Pod","apiVersion":"v1","metadata":{"name":"web-7d4b9c8f5d-x2x9k","generateName":"web-7d4b9c8f5d-","namespace":"shop",
        "uid":"5f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f","resourceVersion":"184467","creationTimestamp":"2024-05-01T12:00:00Z",
        "labels":{"app":"web","pod-template-hash":"7d4b9c8f5d","tier":"frontend"},
        "annotations":{"kubectl.kubernetes.io/restartedAt":"2024-05-01T11:59:00Z","prometheus.io/scrape":"true"},
        "ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web-7d4b9c8f5d","uid":"0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d","controller":true,"blockOwnerDeletion":true}]},
        "spec":{"volumes":[{"name":"kube-api-access-8hx2q","projected":{"sources":[{"serviceAccountToken":{"expirationSeconds":3607,"path":"token"}},
        {"configMap":{"name":"kube-root-ca.crt","items":[{"key":"ca.crt","path":"ca.crt"}]}},
        {"downwardAPI":{"items":[{"path":"namespace","fieldRef":{"apiVersion":"v1","fieldPath":"metadata.namespace"}}]}}],"defaultMode":420}}],
        "containers":[{"name":"web","image":"registry.local/shop/web:1.4.2","ports":[{"name":"http","containerPort":8080,"protocol":"TCP"}],
        "env":[{"name":"LOG_LEVEL","value":"info"},{"name":"POD_IP","valueFrom":{"fieldRef":{"apiVersion":"v1","fieldPath":"status.podIP"}}}],
        "resources":{"limits":{"cpu":"500m","memory":"256Mi"},"requests":{"cpu":"100m","memory":"128Mi"}},
        "volumeMounts":[{"name":"kube-api-access-8hx2q","readOnly":true,"mountPath":"/var/run/secrets/kubernetes.io/serviceaccount"}],
        "livenessProbe":{"httpGet":{"path":"/healthz","port":"http","scheme":"HTTP"},"initialDelaySeconds":5,"timeoutSeconds":1,"periodSeconds":10,"successThreshold":1,"failureThreshold":3},
        "readinessProbe":{"httpGet":{"path":"/ready","port":8080,"scheme":"HTTP"},"timeoutSeconds":1,"periodSeconds":5,"successThreshold":1,"failureThreshold":3},
        "terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File","imagePullPolicy":"IfNotPresent",
        "securityContext":{"capabilities":{"drop":["ALL"]},"runAsNonRoot":true,"allowPrivilegeEscalation":false}}],
        "restartPolicy":"Always","terminationGracePeriodSeconds":30,"dnsPolicy":"ClusterFirst","serviceAccountName":"default","serviceAccount":"default",
        "nodeName":"node-2","securityContext":{"fsGroup":2000},"schedulerName":"default-scheduler",
        "tolerations":[{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute","tolerationSeconds":300},
        {"key":"node.kubernetes.io/unreachable","operator":"Exists","effect":"NoExecute","tolerationSeconds":300}],
        "priority":0,"enableServiceLinks":true,"preemptionPolicy":"PreemptLowerPriority"},
        "status":{"phase":"Running","conditions":[{"type":"PodReadyToStartContainers","status":"True","lastProbeTime":null,"lastTransitionTime":"2024-05-01T12:00:03Z"},
        {"type":"Initialized","status":"True","lastProbeTime":null,"lastTransitionTime":"2024-05-01T12:00:01Z"},
        {"type":"Ready","status":"True","lastProbeTime":null,"lastTransitionTime":"2024-05-01T12:00:09Z"},
        {"type":"ContainersReady","status":"True","lastProbeTime":null,"lastTransitionTime":"2024-05-01T12:00:09Z"},
        {"type":"PodScheduled","status":"True","lastProbeTime":null,"lastTransitionTime":"2024-05-01T12:00:00Z"}],
        "hostIP":"192.0.2.12","hostIPs":[{"ip":"192.0.2.12"}],"podIP":"10.42.1.17","podIPs":[{"ip":"10.42.1.17"}],"startTime":"2024-05-01T12:00:01Z",
        "containerStatuses":[{"name":"web","state":{"running":{"startedAt":"2024-05-01T12:00:04Z"}},
        "lastState":{"terminated":{"exitCode":137,"reason":"OOMKilled","startedAt":"2024-05-01T11:00:00Z","finishedAt":"2024-05-01T11:59:58Z","containerID":"containerd://1f2e3d4c5b6a"}},
        "ready":true,"restartCount":1,"image":"registry.local/shop/web:1.4.2","imageID":"registry.local/shop/web@sha256:9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0",
        "containerID":"containerd://a1b2c3d4e5f6","started":true,
        "volumeMounts":[{"name":"kube-api-access-8hx2q","mountPath":"/var/run/secrets/kubernetes.io/serviceaccount","readOnly":true,"recursiveReadOnly":"Disabled"}]}],
        "qosClass":"Burstable"}}
        """;
}
