using KubeSharp.Api.Core.V1;

namespace KubeSharp.Api.Protobuf.Fields;

/// <summary>
/// Field numbers of k8s.io/api/core/v1/generated.proto for the kinds kubectl sends as protobuf (ConfigMap, Secret,
/// Namespace, Service, ServiceAccount, ResourceQuota, Pod for <c>debug</c>; not yet Node, for cordon's rare fallback PUT) and
/// everything a PodSpec reaches, so Deployment, Job and CronJob bodies decode too.
/// </summary>
internal static class CoreV1ProtoFields
{
    /// <summary>Container's fields; EphemeralContainer carries the same numbers inside its inlined common struct (field 1).</summary>
    private const string ContainerFields =
        "name=1 image=2 command=3 args=4 workingDir=5 ports=6 envFrom=19 env=7 resources=8 resizePolicy=23 restartPolicy=24* " +
        "volumeMounts=9 volumeDevices=21 livenessProbe=10 readinessProbe=11 startupProbe=22 lifecycle=12 terminationMessagePath=13 " +
        "terminationMessagePolicy=20 imagePullPolicy=14 securityContext=15 stdin=16 stdinOnce=17 tty=18";

    private const string VolumeSourceFields =
        "hostPath=1 emptyDir=2 gcePersistentDisk=3 awsElasticBlockStore=4 gitRepo=5 secret=6 nfs=7 iscsi=8 glusterfs=9 " +
        "persistentVolumeClaim=10 rbd=11 flexVolume=12 cinder=13 cephfs=14 flocker=15 downwardAPI=16 fc=17 azureFile=18 configMap=19 " +
        "vsphereVolume=20 quobyte=21 azureDisk=22 photonPersistentDisk=23 portworxVolume=24 scaleIO=25 projected=26 storageos=27 csi=28 " +
        "ephemeral=29 image=30";

    public static void AddTo(ProtoFieldRegistry registry)
    {
        // kinds
        registry
            .Add<ConfigMap>("metadata=1 data=2 binaryData=3 immutable=4*")
            .Add<Secret>("metadata=1 data=2 type=3 stringData=4 immutable=5*")
            .Add<Namespace>("metadata=1 spec=2 status=3")
            .Add<NamespaceSpec>("finalizers=1")
            .Add<NamespaceStatus>("phase=1 conditions=2")
            .Add<NamespaceCondition>("type=1 status=2 lastTransitionTime=4 reason=5 message=6")
            .Add<ServiceAccount>("metadata=1 secrets=2 imagePullSecrets=3 automountServiceAccountToken=4*")
            .Add<Service>("metadata=1 spec=2 status=3")
            .Add<ServiceSpec>(
                "ports=1 selector=2 clusterIP=3 clusterIPs=18 type=4 externalIPs=5 sessionAffinity=7 loadBalancerIP=8 loadBalancerSourceRanges=9 " +
                "externalName=10 externalTrafficPolicy=11 healthCheckNodePort=12 publishNotReadyAddresses=13 sessionAffinityConfig=14 " +
                "ipFamilies=19 ipFamilyPolicy=17* allocateLoadBalancerNodePorts=20* loadBalancerClass=21* internalTrafficPolicy=22* trafficDistribution=23*")
            .Add<ServicePort>("name=1 protocol=2 port=3 targetPort=4 nodePort=5 appProtocol=6*")
            .Add<ServiceStatus>("loadBalancer=1 conditions=2")
            .Add<SessionAffinityConfig>("clientIP=1")
            .Add<ClientIPConfig>("timeoutSeconds=1*")
            .Add<LoadBalancerStatus>("ingress=1")
            .Add<LoadBalancerIngress>("ip=1 hostname=2 ipMode=3* ports=4")
            .Add<PortStatus>("port=1 protocol=2 error=3*")
            .Add<ResourceQuota>("metadata=1 spec=2 status=3")
            .Add<ResourceQuotaSpec>("hard=1 scopes=2 scopeSelector=3")
            .Add<ResourceQuotaStatus>("hard=1 used=2")
            .Add<ScopeSelector>("matchExpressions=1")
            .Add<ScopedResourceSelectorRequirement>("scopeName=1 operator=2 values=3")
            .Add<ObjectReference>("kind=1 namespace=2 name=3 uid=4 apiVersion=5 resourceVersion=6 fieldPath=7")
            .Add<LocalObjectReference>("name=1")
            .Add<Binding>("metadata=1 target=2")
            .Add<NodeSpec>("podCIDR=1 externalID=2 providerID=3 unschedulable=4 taints=5 configSource=6 podCIDRs=7")
            .Add<Taint>("key=1 value=2 effect=3 timeAdded=4")
            .Add<NodeConfigSource>("configMap=2")
            .Add<ConfigMapNodeConfigSource>("namespace=1 name=2 uid=3 resourceVersion=4 kubeletConfigKey=5")
            .Add<PodTemplate>("metadata=1 template=2")
            .Add<PodTemplateSpec>("metadata=1 spec=2")
            .Add<Pod>("metadata=1 spec=2 status=3");

        // PodSpec and what it reaches
        registry
            .Add<PodSpec>(
                "volumes=1 containers=2 restartPolicy=3 terminationGracePeriodSeconds=4* activeDeadlineSeconds=5* dnsPolicy=6 nodeSelector=7 " +
                "serviceAccountName=8 serviceAccount=9 nodeName=10 hostNetwork=11 hostPID=12 hostIPC=13 securityContext=14 imagePullSecrets=15 " +
                "hostname=16 subdomain=17 affinity=18 schedulerName=19 initContainers=20 automountServiceAccountToken=21* tolerations=22 " +
                "hostAliases=23 priorityClassName=24 priority=25* dnsConfig=26 shareProcessNamespace=27* readinessGates=28 runtimeClassName=29* " +
                "enableServiceLinks=30* preemptionPolicy=31* overhead=32 topologySpreadConstraints=33 ephemeralContainers=34 setHostnameAsFQDN=35* " +
                "os=36 hostUsers=37* schedulingGates=38 resourceClaims=39 resources=40")
            .Add<Container>(ContainerFields)
            .Add<EphemeralContainer>(string.Join(' ', ContainerFields.Split(' ').Select(entry => entry.Replace("=", "=1.", StringComparison.Ordinal))) + " targetContainerName=2")
            .Add<ContainerPort>("name=1 hostPort=2 containerPort=3 protocol=4 hostIP=5")
            .Add<ContainerResizePolicy>("resourceName=1 restartPolicy=2")
            .Add<EnvFromSource>("prefix=1 configMapRef=2 secretRef=3")
            .Add<ConfigMapEnvSource>("name=1.1 optional=2*")
            .Add<SecretEnvSource>("name=1.1 optional=2*")
            .Add<EnvVar>("name=1 value=2 valueFrom=3")
            .Add<EnvVarSource>("fieldRef=1 resourceFieldRef=2 configMapKeyRef=3 secretKeyRef=4")
            .Add<ObjectFieldSelector>("apiVersion=1 fieldPath=2")
            .Add<ResourceFieldSelector>("containerName=1 resource=2 divisor=3")
            .Add<ConfigMapKeySelector>("name=1.1 key=2 optional=3*")
            .Add<SecretKeySelector>("name=1.1 key=2 optional=3*")
            .Add<ResourceRequirements>("limits=1 requests=2 claims=3")
            .Add<ResourceClaim>("name=1 request=2")
            .Add<VolumeMount>("name=1 readOnly=2 mountPath=3 subPath=4 mountPropagation=5* subPathExpr=6 recursiveReadOnly=7*")
            .Add<VolumeDevice>("name=1 devicePath=2")
            .Add<Probe>("exec=1.1 httpGet=1.2 tcpSocket=1.3 grpc=1.4 initialDelaySeconds=2 timeoutSeconds=3 periodSeconds=4 successThreshold=5 failureThreshold=6 terminationGracePeriodSeconds=7*")
            .Add<ExecAction>("command=1")
            .Add<HTTPGetAction>("path=1 port=2 host=3 scheme=4 httpHeaders=5")
            .Add<HTTPHeader>("name=1 value=2")
            .Add<TCPSocketAction>("port=1 host=2")
            .Add<GRPCAction>("port=1 service=2*")
            .Add<Lifecycle>("postStart=1 preStop=2 stopSignal=3*")
            .Add<LifecycleHandler>("exec=1 httpGet=2 tcpSocket=3 sleep=4")
            .Add<SleepAction>("seconds=1")
            .Add<SecurityContext>(
                "capabilities=1 privileged=2* seLinuxOptions=3 runAsUser=4* runAsNonRoot=5* readOnlyRootFilesystem=6* allowPrivilegeEscalation=7* " +
                "runAsGroup=8* procMount=9* windowsOptions=10 seccompProfile=11 appArmorProfile=12")
            .Add<Capabilities>("add=1 drop=2")
            .Add<SELinuxOptions>("user=1 role=2 type=3 level=4")
            .Add<WindowsSecurityContextOptions>("gmsaCredentialSpecName=1* gmsaCredentialSpec=2* runAsUserName=3* hostProcess=4*")
            .Add<SeccompProfile>("type=1 localhostProfile=2*")
            .Add<AppArmorProfile>("type=1 localhostProfile=2*")
            .Add<PodSecurityContext>(
                "seLinuxOptions=1 runAsUser=2* runAsNonRoot=3* supplementalGroups=4 fsGroup=5* runAsGroup=6* sysctls=7 windowsOptions=8 " +
                "fsGroupChangePolicy=9* seccompProfile=10 appArmorProfile=11 supplementalGroupsPolicy=12* seLinuxChangePolicy=13*")
            .Add<Sysctl>("name=1 value=2")
            .Add<Affinity>("nodeAffinity=1 podAffinity=2 podAntiAffinity=3")
            .Add<NodeAffinity>("requiredDuringSchedulingIgnoredDuringExecution=1 preferredDuringSchedulingIgnoredDuringExecution=2")
            .Add<NodeSelector>("nodeSelectorTerms=1")
            .Add<NodeSelectorTerm>("matchExpressions=1 matchFields=2")
            .Add<NodeSelectorRequirement>("key=1 operator=2 values=3")
            .Add<PreferredSchedulingTerm>("weight=1 preference=2")
            .Add<PodAffinity>("requiredDuringSchedulingIgnoredDuringExecution=1 preferredDuringSchedulingIgnoredDuringExecution=2")
            .Add<PodAntiAffinity>("requiredDuringSchedulingIgnoredDuringExecution=1 preferredDuringSchedulingIgnoredDuringExecution=2")
            .Add<PodAffinityTerm>("labelSelector=1 namespaces=2 topologyKey=3 namespaceSelector=4 matchLabelKeys=5 mismatchLabelKeys=6")
            .Add<WeightedPodAffinityTerm>("weight=1 podAffinityTerm=2")
            .Add<Toleration>("key=1 operator=2 value=3 effect=4 tolerationSeconds=5*")
            .Add<HostAlias>("ip=1 hostnames=2")
            .Add<PodDNSConfig>("nameservers=1 searches=2 options=3")
            .Add<PodDNSConfigOption>("name=1 value=2*")
            .Add<PodReadinessGate>("conditionType=1")
            .Add<TopologySpreadConstraint>("maxSkew=1 topologyKey=2 whenUnsatisfiable=3 labelSelector=4 minDomains=5* nodeAffinityPolicy=6* nodeTaintsPolicy=7* matchLabelKeys=8")
            .Add<PodOS>("name=1")
            .Add<PodSchedulingGate>("name=1")
            .Add<PodResourceClaim>("name=1 resourceClaimName=3* resourceClaimTemplateName=4*");

        // volumes
        registry
            .Add<Volume>("name=1 " + string.Join(' ', VolumeSourceFields.Split(' ').Select(entry => entry.Replace("=", "=2.", StringComparison.Ordinal))))
            .Add<HostPathVolumeSource>("path=1 type=2*")
            .Add<EmptyDirVolumeSource>("medium=1 sizeLimit=2")
            .Add<SecretVolumeSource>("secretName=1 items=2 defaultMode=3* optional=4*")
            .Add<ConfigMapVolumeSource>("name=1.1 items=2 defaultMode=3* optional=4*")
            .Add<KeyToPath>("key=1 path=2 mode=3*")
            .Add<PersistentVolumeClaimVolumeSource>("claimName=1 readOnly=2")
            .Add<NFSVolumeSource>("server=1 path=2 readOnly=3")
            .Add<DownwardAPIVolumeSource>("items=1 defaultMode=2*")
            .Add<DownwardAPIVolumeFile>("path=1 fieldRef=2 resourceFieldRef=3 mode=4*")
            .Add<ProjectedVolumeSource>("sources=1 defaultMode=2*")
            .Add<VolumeProjection>("secret=1 downwardAPI=2 configMap=3 serviceAccountToken=4 clusterTrustBundle=5")
            .Add<SecretProjection>("name=1.1 items=2 optional=4*")
            .Add<ConfigMapProjection>("name=1.1 items=2 optional=4*")
            .Add<DownwardAPIProjection>("items=1")
            .Add<ServiceAccountTokenProjection>("audience=1 expirationSeconds=2* path=3")
            .Add<ClusterTrustBundleProjection>("name=1* signerName=2* labelSelector=3 path=4 optional=5*")
            .Add<CSIVolumeSource>("driver=1 readOnly=2* fsType=3* volumeAttributes=4 nodePublishSecretRef=5")
            .Add<EphemeralVolumeSource>("volumeClaimTemplate=1")
            .Add<PersistentVolumeClaimTemplate>("metadata=1 spec=2")
            .Add<PersistentVolumeClaimSpec>("accessModes=1 resources=2 volumeName=3 selector=4 storageClassName=5* volumeMode=6* dataSource=7 dataSourceRef=8 volumeAttributesClassName=9*")
            .Add<VolumeResourceRequirements>("limits=1 requests=2")
            .Add<TypedLocalObjectReference>("apiGroup=1* kind=2 name=3")
            .Add<TypedObjectReference>("apiGroup=1* kind=2 name=3 namespace=4*")
            .Add<ImageVolumeSource>("reference=1 pullPolicy=2")
            .Add<GitRepoVolumeSource>("repository=1 revision=2 directory=3");

        // pod status
        registry
            .Add<PodStatus>(
                "phase=1 conditions=2 message=3 reason=4 hostIP=5 podIP=6 startTime=7 containerStatuses=8 qosClass=9 initContainerStatuses=10 " +
                "nominatedNodeName=11 podIPs=12 ephemeralContainerStatuses=13 resize=14 resourceClaimStatuses=15 hostIPs=16 observedGeneration=17")
            .Add<PodCondition>("type=1 status=2 lastProbeTime=3 lastTransitionTime=4 reason=5 message=6 observedGeneration=7")
            .Add<PodIP>("ip=1")
            .Add<HostIP>("ip=1")
            .Add<PodResourceClaimStatus>("name=1 resourceClaimName=2*")
            .Add<ContainerStatus>(
                "name=1 state=2 lastState=3 ready=4 restartCount=5 image=6 imageID=7 containerID=8 started=9* allocatedResources=10 resources=11 " +
                "volumeMounts=12 user=13 allocatedResourcesStatus=14 stopSignal=15*")
            .Add<ContainerState>("waiting=1 running=2 terminated=3")
            .Add<ContainerStateWaiting>("reason=1 message=2")
            .Add<ContainerStateRunning>("startedAt=1")
            .Add<ContainerStateTerminated>("exitCode=1 signal=2 reason=3 message=4 startedAt=5 finishedAt=6 containerID=7")
            .Add<VolumeMountStatus>("name=1 mountPath=2 readOnly=3 recursiveReadOnly=4*")
            .Add<ContainerUser>("linux=1")
            .Add<LinuxContainerUser>("uid=1 gid=2 supplementalGroups=3")
            .Add<ResourceStatus>("name=1 resources=2")
            .Add<ResourceHealth>("resourceID=1 health=2");
    }
}
