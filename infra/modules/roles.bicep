// Least-privilege data roles for one principal on the storage account, and telemetry publishing on
// Application Insights. Names are guid(scope, principal, role), so redeploying is idempotent.
param storageAccountName string
param applicationInsightsName string
param principalId string
@description('Type of the principal; empty lets Azure look it up.')
@allowed([ '', 'ServicePrincipal', 'User', 'Group' ])
param principalType string
param grantMetricsPublisher bool

// Blob Data Owner: read and write slides and the deployment package, and sign user-delegation SAS.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
// Queue Data Contributor: the Event Grid blob trigger keeps receipts and poison messages in queues, and the
// webhook deliveries travel through a queue (sent by the dispatcher, read by the queue trigger).
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in [ storageBlobDataOwner, storageQueueDataContributor, storageTableDataContributor ]: {
  name: guid(storage.id, principalId, role)
  scope: storage
  properties: {
    principalId: principalId
    principalType: empty(principalType) ? null : principalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (grantMetricsPublisher) {
  name: guid(applicationInsights.id, principalId, monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: principalId
    principalType: empty(principalType) ? null : principalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
  }
}
