import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, createBridge } from '../../shared/api/bridge.ts';
import { DESKTOP_BRIDGE_KEY, createDesktopBridge } from '../desktop/bridge/desktopBridge.ts';

// Only two frozen objects of plain functions reach the page; ipcRenderer itself never does.
contextBridge.exposeInMainWorld(
  BRIDGE_KEY,
  createBridge((channel, method, input) => ipcRenderer.invoke(channel, method, input)),
);
contextBridge.exposeInMainWorld(
  DESKTOP_BRIDGE_KEY,
  createDesktopBridge((channel, request) => ipcRenderer.invoke(channel, request)),
);
