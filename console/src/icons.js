import {
  Calendar, ChatLineSquare, DataAnalysis, Document, EditPen, Expand, Histogram, HomeFilled, OfficeBuilding, Operation,
  Reading, Search, Upload, User, UserFilled, Tickets, List, Files, Bell, Setting, Collection, Notebook, Promotion,
  DataLine, PieChart, School, Stamp, Postcard, Avatar, Checked, Management, Memo
} from '@element-plus/icons-vue';

// The icons a route's meta.icon may name (only these are bundled; an unknown name shows Document).
export const ICONS = {
  Calendar, ChatLineSquare, DataAnalysis, Document, EditPen, Expand, Histogram, HomeFilled, OfficeBuilding, Operation,
  Reading, Search, Upload, User, UserFilled, Tickets, List, Files, Bell, Setting, Collection, Notebook, Promotion,
  DataLine, PieChart, School, Stamp, Postcard, Avatar, Checked, Management, Memo
};

export function icon(name) {
  return ICONS[name] || Document;
}
